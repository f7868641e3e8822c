package cn.csp.portal.partner;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.ZoneId;

/**
 * A partner provisioned directly in the {@link PartnerStatus#ACTIVE} state, as an operator would
 * after an enrollment completed outside the portal (and as demo data does).
 *
 * @param mpnId the Microsoft Partner Network id (digits)
 * @param billingDay the monthly billing day, 1-31
 * @param timeZone the zone billing dates are computed in
 */
public record NewPartner(
    @NotBlank @Pattern(regexp = MpnIds.PATTERN) String mpnId,
    @NotNull @Min(1) @Max(31) Integer billingDay,
    @NotNull ZoneId timeZone,
    @NotNull @Valid PartnerProfiles profiles) {}

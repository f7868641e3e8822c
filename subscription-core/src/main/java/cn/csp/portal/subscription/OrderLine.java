package cn.csp.portal.subscription;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * One line of an order: an offer and a number of licenses, with an optional nickname.
 *
 * @param parentSubscriptionId required for an add-on: the subscription it is bought with
 */
public record OrderLine(
    @NotBlank @Size(max = 64) String offerId,
    @Min(1) @Max(1_000_000) int quantity,
    @Size(max = 100) String friendlyName,
    UUID parentSubscriptionId) {}

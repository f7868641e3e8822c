package cn.csp.portal.customer;

import cn.csp.portal.partner.Contact;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A customer's company details and primary contact: what help desk agents may edit. */
public record CompanyDetails(
    @NotBlank @Size(max = 200) String companyName, @NotNull @Valid Contact primaryContact) {}

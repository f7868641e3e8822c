package cn.csp.portal.customer;

import jakarta.validation.constraints.Size;

/** The two editable paragraphs of the invitation e-mail; blank restores the default text. */
public record InvitationText(
    @Size(max = 2000) String paragraph1, @Size(max = 2000) String paragraph2) {}

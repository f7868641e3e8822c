package cn.csp.portal.subscription;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An order for one customer (spec 2.21).
 *
 * @param requestId the idempotency key: the form's one-time id or the API's MS-RequestId; the same
 *     id from the same partner always yields the first order
 */
public record NewOrder(
    @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:-]+") String requestId,
    @NotEmpty @Size(max = 50) List<@Valid OrderLine> lines) {}

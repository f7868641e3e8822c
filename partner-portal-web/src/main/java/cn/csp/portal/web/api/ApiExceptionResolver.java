package cn.csp.portal.web.api;

import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.PermissionDenied;
import cn.csp.portal.web.config.RequestPaths;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.MethodValidationException;
import org.springframework.web.HttpMediaTypeException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

/**
 * Turns every exception of a {@code /v1} request into an {@link ApiFault} with one of the statuses
 * the Partner Center SDK handles: 400, 403, 404 or 409 (contract section 6). Any other status, 405,
 * 415, 422 or 500 included, makes the SDK retry forever, so a wrong method or media type is a 400
 * and even an unexpected failure is answered 400 (and logged as the error it is). It runs before
 * every other resolver and only for {@code /v1} paths; the pages keep their own handling.
 */
@Component
public class ApiExceptionResolver implements HandlerExceptionResolver, Ordered {

  public static final String API_PATH_PREFIX = "/v1/";

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionResolver.class);

  private final ApiFaultWriter faults;
  private final MessageSource messages;

  ApiExceptionResolver(ApiFaultWriter faults, MessageSource messages) {
    this.faults = faults;
    this.messages = messages;
  }

  public static boolean isApiRequest(HttpServletRequest request) {
    String path = RequestPaths.withinApplication(request);
    return path.startsWith(API_PATH_PREFIX) || path.equals("/v1");
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }

  @Override
  public ModelAndView resolveException(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
    if (!isApiRequest(request)) {
      return null;
    }
    try {
      answer(request, response, ex);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ModelAndView();
  }

  private void answer(HttpServletRequest request, HttpServletResponse response, Exception ex)
      throws IOException {
    if (ex instanceof ApiRequestRefused refused) {
      faults.write(
          request,
          response,
          refused.status(),
          refused.code(),
          refused.fields(),
          refused.messageKey(),
          refused.arguments());
    } else if (ex instanceof PermissionDenied denied) {
      faults.write(
          request,
          response,
          HttpStatus.FORBIDDEN,
          ApiFaultCodes.FORBIDDEN,
          List.of(denied.permission().authority()),
          denied.messageKey(),
          denied.arguments());
    } else if (ex instanceof NotFound notFound) {
      faults.write(
          request,
          response,
          HttpStatus.NOT_FOUND,
          ApiFaultCodes.NOT_FOUND,
          List.of(),
          notFound.messageKey(),
          notFound.arguments());
    } else if (ex instanceof BusinessRuleViolation violation) {
      faults.write(
          request,
          response,
          HttpStatus.BAD_REQUEST,
          ApiFaultCodes.BUSINESS_RULE,
          violation.field() == null ? List.of() : List.of(violation.field()),
          violation.messageKey(),
          violation.arguments());
    } else if (ex instanceof BindException invalid) {
      // MethodArgumentNotValidException is a BindException: a @Valid body or query object
      invalidFields(request, response, invalid.getBindingResult());
    } else if (ex instanceof MissingServletRequestParameterException missing) {
      faults.write(
          request,
          response,
          HttpStatus.BAD_REQUEST,
          ApiFaultCodes.INVALID_INPUT,
          List.of(missing.getParameterName()),
          "api.fault.missingParameter",
          missing.getParameterName());
    } else if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
      faults.write(
          request,
          response,
          HttpStatus.BAD_REQUEST,
          ApiFaultCodes.INVALID_INPUT,
          List.of(mismatch.getName()),
          "api.fault.invalidValue",
          mismatch.getName());
    } else if (ex instanceof HandlerMethodValidationException
        || ex instanceof MethodValidationException
        || ex instanceof TypeMismatchException
        || ex instanceof ServletRequestBindingException) {
      faults.write(
          request,
          response,
          HttpStatus.BAD_REQUEST,
          ApiFaultCodes.INVALID_INPUT,
          List.of(),
          "api.fault.invalidParameter");
    } else if (ex instanceof HttpMessageNotReadableException unreadable) {
      faults.write(
          request,
          response,
          HttpStatus.BAD_REQUEST,
          ApiFaultCodes.MALFORMED_REQUEST,
          jsonPathOf(unreadable),
          "api.fault.malformedBody");
    } else if (ex instanceof HttpRequestMethodNotSupportedException method) {
      malformed(request, response, "api.fault.methodNotAllowed", method.getMethod());
    } else if (ex instanceof HttpMediaTypeException || ex instanceof MultipartException) {
      malformed(request, response, "api.fault.mediaType");
    } else if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException) {
      faults.write(
          request,
          response,
          HttpStatus.NOT_FOUND,
          ApiFaultCodes.ROUTE_NOT_FOUND,
          List.of(),
          "api.fault.routeNotFound");
    } else if (ex instanceof AccessDeniedException) {
      faults.write(
          request,
          response,
          HttpStatus.FORBIDDEN,
          ApiFaultCodes.FORBIDDEN,
          List.of(),
          "api.fault.forbidden");
    } else if (ex instanceof DataIntegrityViolationException
        || ex instanceof OptimisticLockingFailureException
        || ex instanceof PessimisticLockingFailureException) {
      // a concurrent write won (a unique constraint, a lock): nothing of this request was saved
      log.warn("A /v1 write lost to a concurrent one: {}", ex.getMessage());
      faults.write(
          request,
          response,
          HttpStatus.CONFLICT,
          ApiFaultCodes.CONFLICT,
          List.of(),
          "api.fault.concurrentConflict");
    } else {
      log.error("A /v1 request failed unexpectedly; answered 400 so the SDK stops retrying", ex);
      faults.write(
          request,
          response,
          HttpStatus.BAD_REQUEST,
          ApiFaultCodes.UNEXPECTED,
          List.of(),
          "api.fault.unexpected");
    }
  }

  private void invalidFields(
      HttpServletRequest request, HttpServletResponse response, BindingResult result)
      throws IOException {
    List<String> fields = result.getFieldErrors().stream().map(FieldError::getField).toList();
    String description =
        result.getAllErrors().stream()
            .findFirst()
            .map(error -> messages.getMessage(error, ApiLocale.of(request)))
            .orElseGet(
                () ->
                    messages.getMessage("api.fault.invalidParameter", null, ApiLocale.of(request)));
    String first = fields.isEmpty() ? "" : fields.get(0) + ": ";
    faults.write(
        response,
        HttpStatus.BAD_REQUEST,
        new ApiFault(ApiFaultCodes.INVALID_INPUT, first + description, fields));
  }

  private void malformed(
      HttpServletRequest request, HttpServletResponse response, String key, Object... args)
      throws IOException {
    faults.write(
        request,
        response,
        HttpStatus.BAD_REQUEST,
        ApiFaultCodes.MALFORMED_REQUEST,
        List.of(),
        key,
        args);
  }

  /** Where in the body a value had the wrong type, e.g. {@code lineItems[0].quantity}, if known. */
  private static List<String> jsonPathOf(HttpMessageNotReadableException unreadable) {
    if (!(unreadable.getCause() instanceof JacksonException jackson)
        || jackson.getPath().isEmpty()) {
      return List.of();
    }
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference step : jackson.getPath()) {
      if (step.getPropertyName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(step.getPropertyName());
      } else if (step.getIndex() >= 0) {
        path.append('[').append(step.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? List.of() : List.of(path.toString());
  }
}

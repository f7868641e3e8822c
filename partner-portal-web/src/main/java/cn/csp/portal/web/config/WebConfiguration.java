package cn.csp.portal.web.config;

import cn.csp.portal.web.api.ApiFaultWriter;
import cn.csp.portal.web.api.AppUserOnlyInterceptor;
import cn.csp.portal.web.form.ListPageArgumentResolver;
import cn.csp.portal.web.security.PermissionInterceptor;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * The language comes from the session (default Simplified Chinese) and changes with a {@code
 * ?lang=} parameter on any page; only the supported languages are accepted.
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

  public static final String LANGUAGE_PARAMETER = "lang";

  @Bean
  public LocaleResolver localeResolver() {
    SessionLocaleResolver resolver = new SessionLocaleResolver();
    resolver.setDefaultLocale(SupportedLanguage.DEFAULT);
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleResolver localeResolver = localeResolver();
    registry
        .addInterceptor(
            new HandlerInterceptor() {
              @Override
              public boolean preHandle(
                  HttpServletRequest request, HttpServletResponse response, Object handler) {
                SupportedLanguage.fromTag(request.getParameter(LANGUAGE_PARAMETER))
                    .ifPresent(
                        language -> localeResolver.setLocale(request, response, language.locale()));
                return true;
              }
            })
        // the API is stateless (its language is the X-Locale header): a ?lang= must not open a
        // session there
        .excludePathPatterns("/v1/**");
    registry.addInterceptor(new PermissionInterceptor()).excludePathPatterns("/operator/**");
    registry.addInterceptor(new AppUserOnlyInterceptor()).addPathPatterns("/v1/**");
  }

  /** The page of a server-side list a request asks for ({@code ListPage}). */
  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new ListPageArgumentResolver());
  }

  /**
   * Switches off the link rewriting Spring Boot adds because the WebJars locator is on the class
   * path. Thymeleaf passes every link of a page through it, and it looks each one up as a static
   * resource inside the packaged jar; misses are not cached. That was most of the CPU of every page
   * in the packaged application (docs/performance.md). WebJar links stay version-less; the resource
   * handler still resolves them to the WebJar's files.
   */
  @Bean
  FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
    FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
        new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
    registration.setEnabled(false);
    return registration;
  }

  /**
   * Requests enter the application a few at a time, in the order they came ({@link
   * RequestAdmission}). Ordered after the request log, so a request's logged time includes its
   * wait; on the first dispatch only, so an error page rendered for a request never waits again.
   */
  @Bean
  RequestAdmission requestAdmission(
      @Value("${portal.web.admission.concurrency:0}") int concurrency,
      @Value("${portal.web.admission.max-wait:10s}") Duration maxWait,
      ApiFaultWriter faults) {
    int places = concurrency > 0 ? concurrency : 2 * Runtime.getRuntime().availableProcessors();
    return new RequestAdmission(places, maxWait, faults);
  }

  @Bean
  FilterRegistrationBean<RequestAdmission> requestAdmissionRegistration(
      RequestAdmission admission) {
    FilterRegistrationBean<RequestAdmission> registration = new FilterRegistrationBean<>(admission);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    return registration;
  }

  /**
   * Lets a page leave in one piece. Pages are rendered whole before they are written ({@code
   * spring.thymeleaf.servlet.produce-partial-output-while-processing=false}), but Tomcat's response
   * buffer holds 8 KiB: a longer page, such as a customer list of 20 rows (30 KB), went out in 8
   * KiB chunks, each through Spring Security's and Spring Session's response wrappers to the
   * socket. Tomcat keeps a response's buffer for the next request it serves, up to 16 times the
   * default.
   */
  @Bean
  FilterRegistrationBean<Filter> responseBuffer(
      @Value("${portal.web.response-buffer:64KB}") DataSize size) {
    int bytes = Math.toIntExact(size.toBytes());
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(
            (request, response, chain) -> {
              response.setBufferSize(bytes);
              chain.doFilter(request, response);
            });
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    return registration;
  }
}

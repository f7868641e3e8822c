package cn.csp.portal.web.config;

import cn.csp.portal.web.api.AppUserOnlyInterceptor;
import cn.csp.portal.web.security.PermissionInterceptor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
}

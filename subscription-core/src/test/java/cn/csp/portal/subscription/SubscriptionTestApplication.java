package cn.csp.portal.subscription;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Boots the subscription module with the modules it builds on, for its integration tests. It sits
 * in the module's package, so the components, entities and repositories of the whole base package
 * are named explicitly.
 */
@SpringBootApplication(scanBasePackages = "cn.csp.portal")
@AutoConfigurationPackage(basePackages = "cn.csp.portal")
public class SubscriptionTestApplication {}

package cn.csp.portal.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ContextConfiguration;

/**
 * An integration test: a Spring Boot context on a real PostgreSQL database of its own (see {@link
 * TestDatabase}), migrated by Flyway. Tests make their own data through builders and never rely on
 * rows another test made.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface IntegrationTest {

  @AliasFor(annotation = SpringBootTest.class, attribute = "webEnvironment")
  WebEnvironment webEnvironment() default WebEnvironment.MOCK;

  @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
  String[] properties() default {};
}

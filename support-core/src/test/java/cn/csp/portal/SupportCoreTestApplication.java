package cn.csp.portal;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the support module with the modules it builds on, for its integration tests. */
@SpringBootApplication
public class SupportCoreTestApplication {}

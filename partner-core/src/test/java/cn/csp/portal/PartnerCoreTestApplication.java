package cn.csp.portal;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the partner module (and the kernel) alone for its integration tests. */
@SpringBootApplication
public class PartnerCoreTestApplication {}

package cn.csp.portal;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the five core modules, for the tests that check the application accepts generated data. */
@SpringBootApplication
public class PerfToolsTestApplication {}

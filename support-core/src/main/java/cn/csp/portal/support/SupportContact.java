package cn.csp.portal.support;

/** Whom 21Vianet contacts about a request (SDK primaryContact). */
public record SupportContact(String firstName, String lastName, String email, String phone) {}

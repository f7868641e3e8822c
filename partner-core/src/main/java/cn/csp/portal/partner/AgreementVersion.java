package cn.csp.portal.partner;

import java.time.Instant;
import java.util.UUID;

/** One published version of a program document. */
public record AgreementVersion(
    UUID id, AgreementType type, String version, String title, String url, Instant publishedAt) {}

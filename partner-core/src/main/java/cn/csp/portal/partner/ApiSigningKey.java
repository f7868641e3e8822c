package cn.csp.portal.partner;

import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;

/**
 * The RSA key pair (2048 bits) that signs API tokens, with its key id ({@code kid}). Never leaves
 * the server; only the public half is published (JWK set).
 */
public record ApiSigningKey(String keyId, RSAPublicKey publicKey, RSAPrivateKey privateKey) {}

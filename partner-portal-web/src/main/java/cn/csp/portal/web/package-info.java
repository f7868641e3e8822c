/**
 * The web layer: server-rendered pages (Thymeleaf + htmx), security, demo data and operations.
 * Controllers are thin and talk to the core modules only through their facades. Nothing depends on
 * this package.
 */
package cn.csp.portal.web;

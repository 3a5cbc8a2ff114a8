package co.gov.icetex.participa.shared.security;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The caller must hold at least one of these roles (Jakarta Security groups). Put on service
 * classes or methods: the check runs on the server whatever page or endpoint called, not only where
 * buttons are hidden.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresRole {
  @Nonbinding
  String[] value();
}

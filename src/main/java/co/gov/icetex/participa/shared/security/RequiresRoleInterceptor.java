package co.gov.icetex.participa.shared.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.SecurityContext;
import java.util.Arrays;

/** Enforces {@link RequiresRole}: refuses with {@link AccessDenied} before the method runs. */
@RequiresRole({})
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RequiresRoleInterceptor {

  @Inject SecurityContext security;

  @AroundInvoke
  Object check(InvocationContext invocation) throws Exception {
    RequiresRole rule = invocation.getMethod().getAnnotation(RequiresRole.class);
    if (rule == null) {
      rule = invocation.getMethod().getDeclaringClass().getAnnotation(RequiresRole.class);
    }
    if (rule != null && Arrays.stream(rule.value()).noneMatch(security::isCallerInRole)) {
      throw new AccessDenied(Arrays.toString(rule.value()));
    }
    return invocation.proceed();
  }
}

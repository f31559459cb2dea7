package id.patuh.store;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** True when {@code spring.data.mongodb.uri} (env {@code PATUH_MONGODB_URI}) is unset or blank. */
class NoMongoUriConfigured implements Condition {

    static final String URI_PROPERTY = "spring.data.mongodb.uri";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !StringUtils.hasText(context.getEnvironment().getProperty(URI_PROPERTY));
    }
}

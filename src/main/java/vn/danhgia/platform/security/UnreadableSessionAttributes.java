package vn.danhgia.platform.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.core.io.ResourceLoader;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * A session attribute that this release cannot read back (written by another release during a rolling upgrade, or
 * damaged) is treated as absent: the person is asked to sign in again, where Spring Session would fail every request
 * of that session with a server error until the cookie expired.
 */
@Component
class UnreadableSessionAttributes implements SessionRepositoryCustomizer<JdbcIndexedSessionRepository> {

    private static final Logger LOG = LoggerFactory.getLogger(UnreadableSessionAttributes.class);

    private final ClassLoader classLoader;

    UnreadableSessionAttributes(ResourceLoader resources) {
        this.classLoader = resources.getClassLoader();
    }

    @Override
    public void customize(JdbcIndexedSessionRepository sessions) {
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        DeserializingConverter deserializer = new DeserializingConverter(classLoader);
        conversions.addConverter(byte[].class, Object.class, bytes -> {
            try {
                return deserializer.convert(bytes);
            } catch (SerializationFailedException unreadable) {
                if (unreadable.getCause() instanceof Error error) {
                    throw error;
                }
                // Read again at every look-up of the attribute until the person signs in again: not worth a warning
                LOG.debug("A session attribute could not be read and is ignored: {}",
                        unreadable.getMostSpecificCause().toString());
                return null;
            }
        });
        sessions.setConversionService(conversions);
    }
}

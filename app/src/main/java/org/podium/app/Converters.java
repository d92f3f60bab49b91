package org.podium.app;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.podium.report.BulletinStatus;
import org.podium.report.Labels;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option values as {@code cli.md} spells them, with messages that say what would be accepted. */
final class Converters {

    private Converters() {
    }

    static final class Status implements ITypeConverter<BulletinStatus> {
        @Override
        public BulletinStatus convert(String value) {
            try {
                return BulletinStatus.fromId(value.toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Completion candidates and the help's list of statuses, in their order. */
    static final class StatusIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of(BulletinStatus.values()).stream().map(BulletinStatus::id).iterator();
        }
    }

    static final class Zone implements ITypeConverter<ZoneId> {
        @Override
        public ZoneId convert(String value) {
            try {
                return ZoneId.of(value);
            } catch (DateTimeException e) {
                throw new TypeConversionException("unknown time zone '" + value
                        + "' (a region such as Europe/Paris, or an offset such as +01:00)");
            }
        }
    }

    static final class Language implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String language = value.toLowerCase(Locale.ROOT);
            if (!Labels.LANGUAGES.contains(language)) {
                throw new TypeConversionException("unknown language '" + value + "' ("
                        + Labels.LANGUAGES.makeString(", ") + ")");
            }
            return language;
        }
    }

    static final class Bulletin implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int number = Integer.parseInt(value);
                if (number > 0) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // Falls through to the message below, which says what is expected.
            }
            throw new TypeConversionException("a bulletin number is a positive whole number, not '" + value + "'");
        }
    }
}

package org.podium.spi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpiVersionTest {

    @Test
    void beforeOnePointZeroOnlyTheSameMinorVersionRuns() {
        assertThat(SpiVersion.incompatibility("0.1")).isNull();
        assertThat(SpiVersion.incompatibility("0.1.7")).as("a patch level is the same interface").isNull();
        assertThat(SpiVersion.incompatibility("0.1-SNAPSHOT")).isNull();
        assertThat(SpiVersion.incompatibility("0.2"))
                .isEqualTo("is built for Podium's plugin interface 0.2; this Podium's is 0.1");
        assertThat(SpiVersion.incompatibility("0.0")).isNotNull();
        assertThat(SpiVersion.incompatibility("1.0")).isNotNull();
    }

    @Test
    void aVersionThatIsNoVersionIsSaidSo() {
        assertThat(SpiVersion.incompatibility("latest"))
                .isEqualTo("declares Podium-SPI-Version 'latest', which is not a version such as 0.1");
    }

    @Test
    void classesOutsideAJarDeclareNothing() {
        assertThat(SpiVersion.declared(SpiVersionTest.class)).isNull();
        assertThat(SpiVersion.declared(String.class)).isNull();
    }
}

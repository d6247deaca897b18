package org.newsevents.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class SharedDataTest {
  @TempDir Path temp;

  @Test
  void presentFolderIsReturned() {
    assertThat(SharedData.require(temp, Map.of("CI", "true"))).isEqualTo(temp);
  }

  @Test
  void missingSharedFolderSkipsOnADevelopersMachine() {
    assertThatThrownBy(() -> SharedData.require(temp.resolve("absent"), Map.of()))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("absent");
  }

  @Test
  void missingSharedFolderFailsInCiInsteadOfSkipping() {
    assertThatThrownBy(() -> SharedData.require(temp.resolve("absent"), Map.of("CI", "true")))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("CI=true");
  }
}

package org.newsevents.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-sentence error keeps the root cause (no Spark). */
class RootCauseTest {
  @TempDir Path temp;

  @Test
  void couldNotTakeTheWarehouseLockKeepsTheFileSystemsReason() throws Exception {
    Path notAFolder = Files.writeString(temp.resolve("warehouse"), "a file");
    Path lock = notAFolder.resolve("_lock");
    FileSystemException thrown = null;
    try {
      Files.createDirectory(lock);
    } catch (FileSystemException e) {
      thrown = e;
    }
    assertThat(thrown).isNotNull();
    assertThat(thrown.getReason()).isEqualTo("Not a directory");
    assertThat(
            RootCause.sentence(
                new UncheckedIOException("Could not take the warehouse lock " + lock, thrown)))
        .isEqualTo("Could not take the warehouse lock " + lock + ": Not a directory");
  }

  @Test
  void aReasonTheJdkSaysByClassIsPutBackAndAFileTheContextDoesNotNameIsNamed() throws Exception {
    Path folder = Files.writeString(temp.resolve("warehouse"), "a file");
    FileSystemException exists = null;
    try {
      Files.createDirectories(folder);
    } catch (FileSystemException e) {
      exists = e;
    }
    assertThat(exists).isNotNull();
    assertThat(RootCause.sentence(new UncheckedIOException("Could not create " + folder, exists)))
        .isEqualTo("Could not create " + folder + ": File exists");

    Path child = temp.resolve("missing").resolve("child");
    FileSystemException missing = null;
    try {
      Files.createDirectory(child);
    } catch (FileSystemException e) {
      missing = e;
    }
    assertThat(missing).isNotNull();
    assertThat(RootCause.sentence(new IllegalStateException("Could not publish run r", missing)))
        .isEqualTo("Could not publish run r: " + child + ": No such file or directory");
  }

  @Test
  void theDeepestMessageOfAWrappedTaskFailureIsKept() {
    // The shape of Spark's TASK_WRITE_FAILED: a job failure wrapping a task failure wrapping the
    // operating system's error.
    Throwable disk = new IOException("No space left on device");
    Throwable task =
        new RuntimeException("[TASK_WRITE_FAILED] Task failed while writing rows to file:/w", disk);
    Throwable job = new RuntimeException("Job aborted due to stage failure:\n  details", task);
    assertThat(
            RootCause.sentence(
                new IllegalStateException("Could not write the staged tables to /w", job)))
        .isEqualTo("Could not write the staged tables to /w: No space left on device");
  }

  @Test
  void aMessageThatAlreadyHoldsTheCauseIsNotRepeated() {
    Throwable cause = new IOException("No space left on device");
    assertThat(
            RootCause.sentence(new IllegalStateException("Disk: No space left on device.", cause)))
        .isEqualTo("Disk: No space left on device");
    assertThat(RootCause.sentence(new RuntimeException(cause)))
        .isEqualTo("java.io.IOException: No space left on device");
    assertThat(RootCause.sentence(new IllegalStateException())).isEqualTo("IllegalStateException");
  }
}

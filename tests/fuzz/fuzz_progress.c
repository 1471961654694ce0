/* fuzz_progress.c: libFuzzer target for the progress parser: any bytes as a progress file must
   parse without a crash, keep line numbers in range, and merge into a report. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ensure.h"
#include "progress.h"
#include "report.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  ProgressLog *log = progress_parse((const char *)data, size);
  ENSURE(log != NULL);
  ENSURE(log->nskips <= log->nskipped && log->nskips <= PROGRESS_MAX_SKIPS);
  for (int i = 0; i < log->nattempts; i++) {
    /* What was parsed writes back and parses again to the same attempt. */
    char line[PROGRESS_LINE_MAX];
    ProgressAttempt back;
    if (progress_format_line(&log->attempts[i], line, sizeof line)) {
      ENSURE(progress_parse_line(line, strlen(line) - 1, &back, NULL, 0));
      ENSURE(back.time == log->attempts[i].time && back.stars == log->attempts[i].stars);
    }
  }
  Report *r = report_new();
  report_add_log(r, log, "/fuzz/pupil.txt");
  report_add_log(r, log, "/fuzz/pupil.txt"); /* the same file twice: a union */
  ENSURE(report_attempt_count(r) <= log->nattempts);
  report_free(r);
  progress_log_free(log);
  return 0;
}

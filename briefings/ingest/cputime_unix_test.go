//go:build unix

package ingest_test

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time this process has used, user and system, so a
// benchmark on a busy machine can report work per CPU-second rather than
// per second of a clock other processes share.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

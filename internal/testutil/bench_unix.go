//go:build unix

package testutil

import (
	"context"
	"syscall"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
)

// CPUTime is the process's user and system CPU time so far: with a local
// server answering in the same process, it counts both sides, and tells a
// change from the noise of a shared machine better than wall time.
func CPUTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchCards runs two sub-benchmarks on a platform's card poster: PostCard
// posting card in ch, and UpdateCard replacing the message ref with it,
// each reporting allocations and CPU nanoseconds an operation.
func BenchCards(b *testing.B, p bot.CardPoster, ch bot.ChannelKey, ref string, card bot.Reply) {
	ctx := context.Background()
	for _, op := range []string{"PostCard", "UpdateCard"} {
		b.Run(op, func(b *testing.B) {
			b.ReportAllocs()
			cpu0 := CPUTime()
			for b.Loop() {
				var err error
				if op == "PostCard" {
					_, err = p.PostCard(ctx, ch, card)
				} else {
					err = p.UpdateCard(ctx, ch, ref, card)
				}
				if err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64((CPUTime()-cpu0).Nanoseconds())/float64(b.N), "cpu-ns/op")
		})
	}
}

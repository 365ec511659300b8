package slack

import (
	"hash/maphash"
	"sync"
)

// seenSet remembers the last n event ids, so an event Slack delivers again is answered once.
//
// It keeps a 128-bit hash of each id, not the id, and grows only as ids arrive: memory with
// no pointers in it is never scanned by the garbage collector. The first version held a map
// and a ring of strings made for all n ids up front, about 0.6 MB of pointer slots that every
// collection scanned while nearly all were empty: under the load benchmark that was 5% of
// the instructions of a cached slash command (callgrind, bench/README.md). Two distinct ids
// share a hash with a chance of about n/2^128.
type seenSet struct {
	mu    sync.Mutex
	n     int
	seeds [2]maphash.Seed
	m     map[seenKey]struct{}
	ring  []seenKey // oldest at next once full
	next  int
}

type seenKey [2]uint64

func newSeenSet(n int) *seenSet {
	return &seenSet{n: n, seeds: [2]maphash.Seed{maphash.MakeSeed(), maphash.MakeSeed()}, m: map[seenKey]struct{}{}}
}

// add records id and reports whether it is new.
func (s *seenSet) add(id string) bool {
	k := seenKey{maphash.String(s.seeds[0], id), maphash.String(s.seeds[1], id)}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.m[k]; ok {
		return false
	}
	if len(s.ring) < s.n {
		s.ring = append(s.ring, k)
	} else {
		delete(s.m, s.ring[s.next])
		s.ring[s.next] = k
		s.next = (s.next + 1) % s.n
	}
	s.m[k] = struct{}{}
	return true
}

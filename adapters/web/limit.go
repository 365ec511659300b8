package web

import (
	"fmt"
	"io"
	"net/http"
	"sync"
	"time"
)

// limiter lets MaxConcurrent requests run at once. A request holds its
// slot until its body is read to the end or closed, since reading the
// body is most of a fetch's time and memory.
type limiter struct {
	next  http.RoundTripper
	slots chan struct{}
	opts  Options
}

func (l *limiter) RoundTrip(req *http.Request) (*http.Response, error) {
	select {
	case l.slots <- struct{}{}:
	default:
		wait := time.NewTimer(l.opts.QueueWait)
		defer wait.Stop()
		select {
		case l.slots <- struct{}{}:
		case <-req.Context().Done():
			closeBody(req)
			return nil, req.Context().Err()
		case <-wait.C:
			closeBody(req)
			return nil, ErrBusy
		}
	}
	resp, err := l.next.RoundTrip(req)
	if err != nil {
		<-l.slots
		return nil, err
	}
	resp.Body = &cappedBody{
		rc:      resp.Body,
		left:    l.opts.MaxBody,
		max:     l.opts.MaxBody,
		release: sync.OnceFunc(func() { <-l.slots }),
	}
	return resp, nil
}

// cappedBody fails with ErrTooLarge past max bytes and gives its fetch
// slot back at the end of the body or when closed, whichever is first.
type cappedBody struct {
	rc      io.ReadCloser
	left    int64 // bytes still allowed; -1 once over
	max     int64
	release func()
}

func (b *cappedBody) Read(p []byte) (int, error) {
	if b.left < 0 {
		return 0, b.tooLarge()
	}
	if int64(len(p)) > b.left+1 {
		p = p[:b.left+1] // one byte more than allowed tells a body at the cap from one over it
	}
	n, err := b.rc.Read(p)
	if int64(n) > b.left {
		n = int(b.left)
		b.left = -1
		b.release()
		return n, b.tooLarge()
	}
	b.left -= int64(n)
	if err != nil {
		b.release()
	}
	return n, err
}

func (b *cappedBody) tooLarge() error {
	return fmt.Errorf("%w (over %s)", ErrTooLarge, size(b.max))
}

func (b *cappedBody) Close() error {
	b.release()
	return b.rc.Close()
}

// size writes a byte count for people.
func size(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

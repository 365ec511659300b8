package web

import (
	"errors"
	"fmt"
	"net/netip"
)

// RefusedError is a fetch the client would not make, with the reason. It
// reaches the caller inside the *url.Error of http.Client.Do, so
// errors.As finds it; its text is written to be shown to the person who
// gave the address.
type RefusedError struct {
	Host     string     // the host asked for, as the URL gives it
	Addr     netip.Addr // the address it resolved to; invalid when refused before resolving
	Reason   string     // what the address or URL is, e.g. "a private address"
	Redirect bool       // the refused request was a redirect's
}

func (e *RefusedError) Error() string {
	s := "refused: "
	if e.Redirect {
		s += "it redirects to "
	}
	switch {
	case !e.Addr.IsValid():
		if e.Host == "" {
			return s + e.Reason
		}
		if e.Redirect {
			return s + e.Host + ", " + e.Reason
		}
		return s + e.Host + " is " + e.Reason
	case e.Host == "" || e.Host == e.Addr.String():
		if e.Redirect {
			return s + e.Addr.String() + ", " + e.Reason
		}
		return s + e.Addr.String() + " is " + e.Reason
	case e.Redirect:
		return fmt.Sprintf("%s%s, which resolves to %s, %s", s, e.Host, e.Addr, e.Reason)
	}
	return fmt.Sprintf("%s%s resolves to %s, %s", s, e.Host, e.Addr, e.Reason)
}

// ErrBusy is returned when every fetch slot stayed taken for the whole
// Options.QueueWait: the server is fetching as much as it allows at once.
// It says it may pass (Transient), so the bot tries a feed item's article
// again at a later poll.
var ErrBusy error = busyError{}

type busyError struct{}

func (busyError) Error() string {
	return "too many pages are being fetched at once; try again in a minute"
}

// Transient reports that the fetch may succeed if tried again: the
// interface bot.ErrFetchTransient's fetcher reads, without this package
// importing the bot.
func (busyError) Transient() bool { return true }

// ErrTooManyRedirects is returned when a fetch is redirected more often
// than Options.MaxRedirects allows.
var ErrTooManyRedirects = errors.New("the address redirects too many times")

// ErrTooLarge is returned while reading a body past Options.MaxBody.
var ErrTooLarge = errors.New("the answer is too large")

package bot

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefings"
)

// Retracting from chat: a curator's /status carries a Retract button under
// each briefing from the store it shows; the button asks the reason in a
// form, and the form retracts through ContentStore.Retract, the history
// briefbot retract writes.

const maxReason = 300

// retractDo is the Retract button's Do for a briefing: its version and
// id, or, for an id too long for a button, a hash of it.
func retractDo(br *briefings.Briefing) string {
	s := "retract:" + strconv.Itoa(br.Version) + ":" + br.ID
	if len(s) > 100 {
		s = "retract:" + strconv.Itoa(br.Version) + ":#" + idHash(br.ID)
	}
	return s
}

func idHash(id string) string {
	h := sha256.Sum256([]byte(id))
	return hex.EncodeToString(h[:8])
}

// retractActions are the Retract buttons for the briefings an answer
// shows, for a curator.
func (b *Bot) retractActions(req Request, bs []*briefings.Briefing) []Action {
	if !req.CanCurate || b.Content == nil {
		return nil
	}
	var out []Action
	for _, br := range bs {
		if br.Origin == briefings.OriginStore && br.Version > 0 {
			out = append(out, Action{Label: "Retract: " + clip(br.Title, 50), Do: retractDo(br), Style: Danger})
		}
	}
	return out
}

// storeBriefing finds the briefing a Retract button names in what is
// served now.
func storeBriefing(c *briefings.Catalog, ref string) *briefings.Briefing {
	if h, ok := cutHash(ref); ok {
		for _, br := range c.Briefings() {
			if br.Origin == briefings.OriginStore && idHash(br.ID) == h {
				return br
			}
		}
		return nil
	}
	if br := c.Briefing(ref); br != nil && br.Origin == briefings.OriginStore {
		return br
	}
	return nil
}

func cutHash(ref string) (string, bool) {
	if len(ref) > 1 && ref[0] == '#' {
		return ref[1:], true
	}
	return "", false
}

// retractTarget checks that the briefing a click or form names is still
// served at the version the button showed.
func (b *Bot) retractTarget(a action) (*briefings.Briefing, *Effect) {
	if b.Content == nil {
		e := notice(Reply{Kind: Refused, Title: "Retracting is off", Text: "This bot has no store of published briefings."})
		return nil, &e
	}
	br := storeBriefing(b.catalog.Catalog(), a.briefing)
	switch {
	case br == nil:
		e := notice(Reply{Kind: NotFound, Title: "That briefing is no longer served", Text: "It was retracted meanwhile, or it is not one published into the store (a curated file is changed in its folder). Ask /status again to see what is served."})
		return nil, &e
	case br.Version != a.version:
		e := notice(Reply{Kind: Refused, Title: "Nothing was changed",
			Text: fmt.Sprintf("“%s” was changed after the answer you used was shown: version %d is served now, not %d. Ask /status again and look at it before you retract it.", br.Title, br.Version, a.version)})
		return nil, &e
	}
	return br, nil
}

// retractForm asks why, for the briefing a Retract button names.
func (b *Bot) retractForm(_ context.Context, _ Request, a action) Effect {
	br, fail := b.retractTarget(a)
	if fail != nil {
		return *fail
	}
	return Effect{Form: retractFormFor(br, a)}
}

func retractFormFor(br *briefings.Briefing, a action) *Form {
	id := "retract:" + strconv.Itoa(a.version) + ":" + a.briefing
	return &Form{
		ID: id, Title: "Retract a briefing", Submit: "Retract",
		Fields: []Field{{
			Name: "reason", Label: "Why retract it? (kept in its history)", Required: true, MaxLen: maxReason,
			Context:     fmt.Sprintf("“%s” (%s, version %d) stops appearing in answers and daily posts; its history keeps every version.", br.Title, br.ID, br.Version),
			Placeholder: "e.g. wrong date; the quote was misattributed",
		}},
	}
}

// retract retracts the briefing a submitted Retract form names.
func (b *Bot) retract(ctx context.Context, req Request, a action, values map[string]string) Effect {
	br, fail := b.retractTarget(a)
	if fail != nil {
		return *fail
	}
	reason := oneLine(values["reason"])
	msg := ""
	switch n := utf8.RuneCountInString(reason); {
	case reason == "":
		msg = "Say why, for the briefing's history."
	case n > maxReason:
		msg = fmt.Sprintf("Keep it to %d characters; it has %d.", maxReason, n)
	}
	if msg != "" {
		f := retractFormFor(br, a)
		errs := map[string]string{"reason": msg}
		fill(f, values, errs)
		n := Reply{Kind: Usage, Title: "Not retracted: the reason needs a fix", Sections: []Section{{Title: "To fix", Items: []Item{{Text: f.Fields[0].Label + ": " + msg}}}},
			Note: "Nothing was changed.", Actions: []Action{{Label: "Edit again", Do: f.ID}}}
		return Effect{Errors: errs, Notice: &n, Form: f}
	}
	sctx, cancel := storeCtx(ctx, b.StoreTimeout)
	defer cancel()
	v, err := b.Content.Retract(sctx, Retraction{ID: br.ID, Version: a.version, By: Actor(req.Platform, req.Workspace, req.User), At: b.now(), Reason: reason})
	var cf *ConflictError
	switch {
	case errors.Is(err, ErrNoBriefing):
		return notice(Reply{Kind: NotFound, Title: "That briefing is not in the store", Text: "Nothing was changed."})
	case errors.As(err, &cf):
		return notice(Reply{Kind: Refused, Title: "Not retracted", Text: capitalise(cf.Error()) + ". Ask /status again to see what is served now.", Note: "Nothing was changed."})
	case err != nil:
		b.logger().Error("retracting a briefing", "request_id", req.ID, "briefing", br.ID, "err", err)
		return notice(storeFailed())
	}
	b.synced(ctx)
	b.logger().Info("briefing retracted from chat", "request_id", req.ID, "briefing", br.ID, "version", v.Version)
	return notice(Reply{Kind: Answer, Title: "Retracted",
		Text: fmt.Sprintf("“%s” (%s) no longer appears in answers or daily posts. Its history keeps every version, with your reason: briefbot history %s.", br.Title, br.ID, br.ID)})
}

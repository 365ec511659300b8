package main

import (
	"context"
	"errors"
	"time"

	"github.com/briefbot/briefbot/adapters/prometheus"
	"github.com/briefbot/briefbot/bot"
)

// countingStore counts the store's errors for /metrics. Lost claims and
// refused updates are outcomes the scheduler and the commands expect, not
// store errors, so they are not counted.
type countingStore struct {
	bot.Store
	m *prometheus.Metrics
}

func (s countingStore) count(op string, err error) {
	if err != nil && !errors.Is(err, bot.ErrClaimLost) && !errors.Is(err, bot.ErrInvalid) && !errors.Is(err, context.Canceled) {
		s.m.StoreError(op)
	}
}

func (s countingStore) Subscriptions(ctx context.Context, ch bot.ChannelKey) ([]bot.Subscription, error) {
	subs, err := s.Store.Subscriptions(ctx, ch)
	s.count("subscriptions", err)
	return subs, err
}

func (s countingStore) UpdateChannel(ctx context.Context, ch bot.ChannelKey, fn func([]bot.Subscription) ([]bot.Subscription, error)) ([]bot.Subscription, error) {
	var fnErr error
	subs, err := s.Store.UpdateChannel(ctx, ch, func(cur []bot.Subscription) ([]bot.Subscription, error) {
		next, err := fn(cur)
		fnErr = err
		return next, err
	})
	if err != nil && !errors.Is(err, fnErr) {
		s.count("update_channel", err) // fn's own refusals are the user's, not the store's
	}
	return subs, err
}

func (s countingStore) ClaimDue(ctx context.Context, q bot.ClaimQuery) ([]bot.Claim, error) {
	cs, err := s.Store.ClaimDue(ctx, q)
	s.count("claim_due", err)
	return cs, err
}

func (s countingStore) NextDue(ctx context.Context, platform string) (time.Time, bool, error) {
	at, ok, err := s.Store.NextDue(ctx, platform)
	s.count("next_due", err)
	return at, ok, err
}

func (s countingStore) Sending(ctx context.Context, c bot.Claim, until time.Time) error {
	err := s.Store.Sending(ctx, c, until)
	s.count("sending", err)
	return err
}

func (s countingStore) Release(ctx context.Context, c bot.Claim, until time.Time, attempts int, detail string) error {
	err := s.Store.Release(ctx, c, until, attempts, detail)
	s.count("release", err)
	return err
}

func (s countingStore) Finish(ctx context.Context, c bot.Claim, o bot.Outcome) error {
	err := s.Store.Finish(ctx, c, o)
	s.count("finish", err)
	return err
}

func (s countingStore) QuoteHistory(ctx context.Context, subscription int64) (map[string]time.Time, error) {
	h, err := s.Store.QuoteHistory(ctx, subscription)
	s.count("quote_history", err)
	return h, err
}

// pinger is what stores that can check their connection offer.
type pinger interface {
	Ping(ctx context.Context) error
}

// Ping checks the store for /readyz, when it can be checked.
func (s countingStore) Ping(ctx context.Context) error {
	p, ok := s.Store.(pinger)
	if !ok {
		return nil
	}
	err := p.Ping(ctx)
	s.count("ping", err)
	return err
}

// countingCreds counts the credential store's errors for /metrics, as
// countingStore does the subscriptions'. A missing or changed credential is
// an outcome the Slack adapter expects, not a store error.
type countingCreds struct {
	bot.CredentialStore
	m *prometheus.Metrics
}

func (s countingCreds) count(op string, err error) {
	if err != nil && !errors.Is(err, bot.ErrNoCredential) && !errors.Is(err, bot.ErrCredentialChanged) && !errors.Is(err, context.Canceled) {
		s.m.StoreError(op)
	}
}

func (s countingCreds) Credential(ctx context.Context, platform, workspace string) (bot.Credential, error) {
	c, err := s.CredentialStore.Credential(ctx, platform, workspace)
	s.count("credential", err)
	return c, err
}

func (s countingCreds) PutCredential(ctx context.Context, c bot.Credential, ifRev int64) (bot.Credential, error) {
	c, err := s.CredentialStore.PutCredential(ctx, c, ifRev)
	s.count("put_credential", err)
	return c, err
}

func (s countingCreds) DeleteCredential(ctx context.Context, platform, workspace string, ifRev int64) (bool, error) {
	ok, err := s.CredentialStore.DeleteCredential(ctx, platform, workspace, ifRev)
	s.count("delete_credential", err)
	return ok, err
}

func (s countingCreds) Credentials(ctx context.Context, platform string, before time.Time) ([]bot.Credential, error) {
	cs, err := s.CredentialStore.Credentials(ctx, platform, before)
	s.count("credentials", err)
	return cs, err
}

func (s countingCreds) ClaimRefresh(ctx context.Context, platform, workspace, owner string, now, until time.Time) (bot.Credential, bool, error) {
	c, ok, err := s.CredentialStore.ClaimRefresh(ctx, platform, workspace, owner, now, until)
	s.count("claim_refresh", err)
	return c, ok, err
}

func (s countingCreds) UseOnce(ctx context.Context, key string, now, expires time.Time) (bool, error) {
	ok, err := s.CredentialStore.UseOnce(ctx, key, now, expires)
	s.count("use_once", err)
	return ok, err
}

func (s countingStore) PauseWorkspace(ctx context.Context, platform, workspace, reason string) (int, error) {
	n, err := s.Store.PauseWorkspace(ctx, platform, workspace, reason)
	s.count("pause_workspace", err)
	return n, err
}

func (s countingStore) ResumeWorkspace(ctx context.Context, platform, workspace, reason string, next func(bot.Subscription) (time.Time, string)) (int, error) {
	n, err := s.Store.ResumeWorkspace(ctx, platform, workspace, reason, next)
	s.count("resume_workspace", err)
	return n, err
}

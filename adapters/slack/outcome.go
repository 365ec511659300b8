package slack

import (
	"errors"
	"net/http"

	slackapi "github.com/slack-go/slack"
)

// outcomeKind is what a failed chat.postMessage means for the message.
type outcomeKind int

const (
	// outRetry: Slack surely did not take the message, and may take it later.
	outRetry outcomeKind = iota
	// outMaybeDelivered: Slack may have posted it; sending again could post it twice.
	outMaybeDelivered
	// outUnauthorized: Slack refused the bot's token; no channel can be posted to.
	outUnauthorized
	// outPermanent: this channel cannot be posted to as things stand.
	outPermanent
	// outUndeliverable: Slack refuses this message as it is; the channel is fine.
	outUndeliverable
	// outFailed: Slack refused the post for a reason not known here; not retried now, left to
	// the scheduler's own retries.
	outFailed
)

// outcome is a failed post, classified, with what the channel's managers or the operator can do
// about it.
type outcome struct {
	kind   outcomeKind
	reason string
}

// classify decides what a failed chat.postMessage means. wrote says whether the request had been
// written out whole before it failed. Each case, and why:
//
//   - an error answer from Slack ({"ok":false,"error":…}): Slack read the request and says what
//     it did, by the tables below; ratelimited, service_unavailable, request_timeout (the body
//     arrived truncated) and team_added_to_org mean nothing was posted and are retried;
//     internal_error and fatal_error are documented as "it's possible some aspect of the
//     operation succeeded", so they may have posted;
//   - HTTP 429 with Retry-After, and 503: Slack turned the request away before handling it;
//     retried;
//   - any other 5xx (500, 502 from a gateway, 504 a gateway's timeout): the request got past
//     Slack's front door and its fate is unknown;
//   - 413: the message is too large;
//   - no answer at all (a timeout, a reset connection, a body cut off): unknown when the request
//     had been written out, and retried when it had not been (Slack could not be reached).
//
// chat.update's answers are read the same way, its own errors among the undeliverable ones.
//
// https://docs.slack.dev/reference/methods/chat.postMessage#errors
// https://docs.slack.dev/reference/methods/chat.update#errors
func classify(err error, wrote bool) outcome {
	if se, ok := errors.AsType[slackapi.SlackErrorResponse](err); ok {
		if reason, ok := unauthorizedReasons[se.Err]; ok {
			return outcome{outUnauthorized, reason}
		}
		if reason, ok := permanentReasons[se.Err]; ok {
			return outcome{outPermanent, reason}
		}
		if reason, ok := undeliverableReasons[se.Err]; ok {
			return outcome{outUndeliverable, reason}
		}
		switch se.Err {
		case "ratelimited", "service_unavailable", "request_timeout", "team_added_to_org":
			return outcome{outRetry, ""}
		case "internal_error", "fatal_error":
			return outcome{outMaybeDelivered, "Slack failed while handling the post and says part of it may have happened"}
		}
		return outcome{outFailed, ""}
	}
	if _, ok := errors.AsType[*slackapi.RateLimitedError](err); ok {
		return outcome{outRetry, ""}
	}
	if sc, ok := errors.AsType[slackapi.StatusCodeError](err); ok {
		switch {
		case sc.Code == http.StatusTooManyRequests, sc.Code == http.StatusServiceUnavailable:
			return outcome{outRetry, ""}
		case sc.Code == http.StatusRequestEntityTooLarge:
			return outcome{outUndeliverable, "the message is larger than Slack accepts"}
		case sc.Code >= 500:
			return outcome{outMaybeDelivered, "Slack answered " + sc.Status + " after receiving the post"}
		}
		return outcome{outFailed, ""}
	}
	if wrote {
		return outcome{outMaybeDelivered, "the connection failed after the post was sent, before Slack answered"}
	}
	return outcome{outRetry, ""} // Slack was not reached: the connection was refused, DNS, TLS
}

// unauthorizedReasons are Slack's errors about the bot's token rather than the channel, with what
// the operator can do about them.
var unauthorizedReasons = map[string]string{
	"invalid_auth":           "Slack refused the bot token (SLACK_BOT_TOKEN); reinstall the app and update the token",
	"not_authed":             "no bot token was sent (SLACK_BOT_TOKEN)",
	"token_revoked":          "the bot token (SLACK_BOT_TOKEN) was revoked; reinstall the app and update the token",
	"token_expired":          "the bot token (SLACK_BOT_TOKEN) has expired; reinstall the app and update the token",
	"account_inactive":       "the bot's Slack account is deactivated; reinstall the app",
	"missing_scope":          "the bot token lacks the chat:write scope; add it (see the app manifest) and reinstall",
	"not_allowed_token_type": "SLACK_BOT_TOKEN is not a bot token (xoxb-…)",
}

// permanentReasons are Slack's chat.postMessage errors about the channel that retrying cannot
// fix, with what the channel's managers can do about them.
var permanentReasons = map[string]string{
	"channel_not_found":       "the channel does not exist or the bot cannot see it; for a private channel, invite the bot with /invite @briefbot",
	"not_in_channel":          "the bot is not in this channel; invite it with /invite @briefbot",
	"is_archived":             "the channel is archived",
	"restricted_action":       "a workspace setting stops the bot from posting in this channel",
	"ekm_access_denied":       "the workspace's encryption keys refuse the post",
	"team_access_not_granted": "the bot has no access to this workspace",
}

// undeliverableReasons are Slack's refusals of the message itself: sending it again is refused
// again, but the channel is fine and tomorrow's message may go through.
var undeliverableReasons = map[string]string{
	"invalid_blocks":        "Slack refused the message's blocks",
	"invalid_blocks_format": "Slack refused the message's blocks",
	"msg_blocks_too_long":   "the message's blocks are longer than Slack accepts",
	"msg_too_long":          "the message is longer than Slack accepts",
	"no_text":               "Slack found no text in the message",
	"too_many_attachments":  "the message has more attachments than Slack accepts",
	"invalid_attachments":   "Slack refused the message's attachments",
	"invalid_arguments":     "Slack refused the message's arguments",
	"invalid_arg_name":      "Slack refused the message's arguments",
	"invalid_array_arg":     "Slack refused the message's arguments",
	"invalid_charset":       "Slack refused the message's encoding",
	"invalid_form_data":     "Slack refused the message's encoding",
	// chat.update's: the message to change is gone, is not the bot's, or is too old to edit.
	"message_not_found":   "the message to update no longer exists (it was deleted)",
	"cant_update_message": "the message to update is not one the bot may change",
	"edit_window_closed":  "the message to update is older than Slack lets it be changed",
}

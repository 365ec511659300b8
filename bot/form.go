package bot

// This file holds the platform-neutral shapes of curation in chat (issue 13): the buttons a
// review card carries, the forms a curator fills in, and what a click or a submitted form
// does. The core decides all of it; each adapter renders it natively (Slack: Block Kit
// buttons and views.open modals; Discord: components and type-9 modals) and never decides who
// may act: every click and every submit is checked again by the core, from the identity the
// platform signed.

// ActionStyle is how a button looks, where the platform can show it.
type ActionStyle int

const (
	// Plain is an ordinary button.
	Plain ActionStyle = iota
	// Primary marks the action the card is for (Publish).
	Primary
	// Danger marks an action that removes something (Discard, Retract).
	Danger
)

// Confirm asks "are you sure?" before a button's action is sent. Slack shows it as the
// button's confirmation dialog; platforms without one (Discord) get the same question as a
// second, ephemeral step carrying the Yes button.
type Confirm struct {
	Title string // at most 100 characters
	Text  string // at most 300 characters
	Yes   string // at most 30 characters
	No    string // at most 30 characters
}

// Form is something a curator fills in: Slack opens it as a modal (views.open), Discord as a
// type-9 modal. The core keeps every form within both platforms' limits, so adapters never
// have to cut one: a title of at most MaxFormTitle characters, at most MaxFormFields fields,
// each label at most MaxFieldLabel and each value at most MaxFieldValue characters.
type Form struct {
	// ID says what submitting the form does; the adapter hands it back to Bot.Submit as it
	// was, and carries it in the modal's callback or custom id (at most 100 characters).
	ID     string
	Title  string
	Submit string // the submit button's label ("Save", "Retract")
	// Fields in the order they are shown.
	Fields []Field
}

// Field is one text input of a Form.
type Field struct {
	Name  string // key of Bot.Submit's values; unique within the form
	Label string
	// Context is read-only text shown with the field: the quote whose speaker the field
	// names. Adapters show it as a line above the input where they can, else as its hint.
	Context     string
	Placeholder string // at most 100 characters
	Value       string // what the field holds when the form opens
	Multiline   bool
	Required    bool
	MaxLen      int // at most MaxFieldValue; 0 means MaxFieldValue
	// Error, when set, is shown on the field: a form sent back because a value was wrong.
	Error string
}

// Limits every Form keeps to, the smaller of Slack's and Discord's.
const (
	MaxFormTitle  = 24   // Slack: a view's title
	MaxFormFields = 5    // Discord: text inputs in one modal
	MaxFieldLabel = 45   // Discord: a text input's label
	MaxFieldValue = 3000 // Slack: a plain-text input's max_length (Discord allows 4,000)
)

// Effect is what a click (Bot.Act) or a submitted form (Bot.Submit) did, for the adapter to
// show. Any combination may be set.
type Effect struct {
	// Card, when set, replaces the message whose button was clicked, or from which the
	// submitted form was opened: the review card as it now stands (who did what and when,
	// and no buttons once it is published or discarded).
	Card *Reply
	// Notice is shown only to the person who acted: a refusal, a conflict ("Ana published it
	// at 09:12"), a confirmation question, or what went wrong.
	Notice *Reply
	// Form, when set, is to be opened for the person who clicked (Edit, Retract's reason).
	Form *Form
	// Errors, after a Submit, maps field names to what is wrong with them; the form stays
	// open (Slack: response_action "errors") or is offered again with what was typed.
	Errors map[string]string
}

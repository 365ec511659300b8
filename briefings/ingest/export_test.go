package ingest

// SetChooser turns the drafts' learned chooser on or off, for the external
// tests (TestArticleSet's SCORE_RULES_ONLY=1), and returns its previous
// state. Test-only: the package itself never turns it off.
func SetChooser(on bool) bool {
	was := chooserOn
	chooserOn = on
	return was
}

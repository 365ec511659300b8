package ingest_test

import "testing"

// TestRoleAtBodyBeforeName: "<Field> <role> at <Body> <Given> <Surname>
// said": the role and the body it is held at are what the person is; the
// reader ran the body's name into the person's, and the draft named a
// "<Body> <Given> <Surname>" (a family TestDraftSanity showed on held-out
// 28 when it was frozen; the cases are invented copy). A body's own name
// with words after its head word, after no role and "at", stays whole.
func TestRoleAtBodyBeforeName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftOf, withFiller([]speakerCase{
		{name: "a professor at a university", paras: []string{
			`Law professor at Ferrand University Odile Marchetti Brun said the reform would not survive an appeal.`,
			`"The court will read the statute, not the minister's speeches," she said.`,
		}, want: map[string]string{"The court will read the statute, not the minister's speeches": "Odile Marchetti Brun"}},
		{name: "a researcher at an institute, a quote of his own", paras: []string{
			`Senior researcher at Kestrel Institute Tamas Oyelaran Vey warned that the grid had no margin left.`,
			`"One cold week and the reserve is gone," he said.`,
		}, want: map[string]string{"One cold week and the reserve is gone": "Tamas Oyelaran Vey"}},
		{name: "an economist at a bank", paras: []string{
			`"Rates will stay where they are until the summer," economist at Harrow Bank Ines Calloway Dunne said.`,
		}, want: map[string]string{"Rates will stay where they are until the summer": "Ines Calloway Dunne"}},
	}))
}

// TestRoleAtBodyNewSpeakerRole: the draft's new speaker from "<Role> at
// <Body> <Given> <Middle> <Surname> said" has the role up to the body, not
// the given name the reader ran into the title.
func TestRoleAtBodyNewSpeakerRole(t *testing.T) {
	t.Parallel()
	d := draftOf(t, nil,
		`Law professor at Ferrand University Odile Marchetti Brun said the reform would not survive an appeal.`,
		`"The court will read the statute, not the minister's speeches," she said.`)
	for _, n := range d.New {
		if n.Name == "Odile Marchetti Brun" {
			if n.Role != "Law professor at Ferrand University" {
				t.Errorf("role %q, want %q", n.Role, "Law professor at Ferrand University")
			}
			return
		}
	}
	t.Errorf("no new speaker Odile Marchetti Brun in %+v", d.New)
}

package ingest_test

import "testing"

func TestZZScratch(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a", paras: []string{
			"Kelp pickers",
			"On the Norwegian island of Frøyvik, the women who pick kelp by hand are watching the fish farms change the shore.",
			"At dawn the beach is still dark, and the only lights are the headlamps of a dozen women bent over the rocks.",
			`"The sea gives and the sea takes away," says the woman at the front, as she drops her sack on the scale.`,
			"Her name is Ingrid Solbakken Nes, and she has picked kelp here for forty years.",
		}, want: map[string]string{"The sea gives and the sea takes away": "Ingrid Solbakken Nes"}},
	})
}

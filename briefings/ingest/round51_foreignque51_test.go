package ingest_test

import "testing"

// TestRound51ForeignVerbBeforeQuote covers Spanish, Portuguese and French
// copy whose verb of speech stands before the quote it reports, with "que"
// or an object between ("<Name> advirtió en un comunicado que “…”", "la
// directrice a déclaré la veille que « … »", "considera o valor “…”"): the
// quote is the verb's subject's, and a body's name that opens the sentence
// is the speaker without its article.
func TestRound51ForeignVerbBeforeQuote(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "Spanish: a body opening the sentence, a statement and que",
			paras: []string{
				"Paro en el puerto de Vellana",
				"Los trabajadores del puerto de Vellana cumplieron este martes el tercer día de paro, luego de que fracasara una nueva ronda de negociación con la empresa operadora.",
				"La Cámara de Comercio de Vellana advirtió en un comunicado que \"cada día de paro cuesta más de dos millones de dólares\".",
				"La operadora Tarvik Logística señaló en un comunicado que \"respeta el derecho de huelga\" pero advirtió que la medida \"pone en riesgo la competitividad del puerto\".",
			},
			want: map[string]string{
				"cada día de paro cuesta más de dos millones de dólares": "Cámara de Comercio de Vellana",
				"respeta el derecho de huelga":                           "Tarvik Logística",
				"pone en riesgo la competitividad del puerto":            "Tarvik Logística",
			},
		},
		{
			name: "French: a past participle, then que",
			paras: []string{
				"Le port de Vellane restera fermé",
				"Les dockers du port de Vellane ont voté mardi la poursuite de la grève pour une semaine, après l'échec d'une nouvelle réunion avec la direction dans les locaux de la préfecture.",
				"Le préfet de la région, Jules Tebo-Lanvin, avait déclaré la veille que « le port doit rouvrir avant la fin du mois ».",
			},
			want: map[string]string{"le port doit rouvrir avant la fin du mois": "Jules Tebo-Lanvin"},
		},
		{
			name: "Portuguese: a verb with its object before the quote",
			paras: []string{
				"Obras dos diques de Vellânia recebem verba",
				"A prefeitura de Vellânia anunciou nesta segunda-feira que vai receber R$ 400 milhões para as obras de proteção contra cheias, com licitação prevista para dezembro.",
				"O engenheiro Túlio Barreto-Lanz, professor da universidade federal, considera o valor “insuficiente para o tamanho do sistema”.",
			},
			want: map[string]string{"insuficiente para o tamanho do sistema": "Túlio Barreto-Lanz"},
		},
	})
}

// TestRound51ForeignDocumentAfterQuote covers Spanish and Portuguese copy
// that gives a quote to the document it is read in ("…", refere a nota;
// "…", lê-se no acórdão): "said the statement", which goes to the body that
// issued it.
func TestRound51ForeignDocumentAfterQuote(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "Portuguese: refere a nota",
			paras: []string{
				"Conselho de Vellânia aprova novo porto",
				"O Conselho Portuário de Vellânia aprovou nesta terça-feira o projeto do novo terminal de contentores, com uma obra de três anos e um custo de 200 milhões de dólares.",
				"\"O terminal vai duplicar a capacidade do porto e criar mil empregos\", refere a nota do Conselho Portuário de Vellânia.",
			},
			want: map[string]string{"O terminal vai duplicar a capacidade do porto e criar mil empregos": "Conselho Portuário de Vellânia"},
		},
	})
}

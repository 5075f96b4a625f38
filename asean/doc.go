// Package asean models the ASEAN digital-policy frameworks that digidip
// tracks, as typed, documented and cited Go values: the ASEAN Digital
// Masterplan 2025, the Boracay Digital Declaration, the ASEAN Digital
// Ministers' Meetings (ADGMIN) and a registry of the ASEAN instruments and
// bodies around them. Every typed framework also yields the generic
// [digidip.Framework] that catalogs, the JSON export and the article mapper
// use; [Frameworks] returns both.
//
// # The ASEAN Digital Masterplan 2025
//
// [ADM2025] returns the masterplan (framework ID "adm2025"). ASEAN's digital
// ministers adopted it at their first meeting, held online from Malaysia, on
// 22 January 2021, together with the Putrajaya Declaration. Malaysia
// coordinated its development; the Malaysian Communications and Multimedia
// Commission commissioned it and PLUM Consulting wrote it. It follows the
// ASEAN ICT Masterplan 2020 and pictures ASEAN as a leading digital community
// and economic bloc.
//
// The plan sets eight desired outcomes, elements "adm2025/DO1" to
// "adm2025/DO8", from COVID-19 recovery and broadband to e-government,
// digital trade, skills and an inclusive digital society. Their English
// titles are the ones ASEAN material circulates; where news reports word a
// title differently, the variant is kept in [DesiredOutcome].TitleVariants.
// No Vietnamese source gives the titles, so their Vietnamese is digidip's
// translation, marked as such.
//
// The outcomes are served by 37 enabling actions, 17 of them rated high
// priority and split into a short-term start (within a year) and a
// medium-term start (in two to three years); the only dependency the
// masterplan names among them is between EA 5.1 and EA 5.2, in a direction
// the sources do not give. These figures are in [Masterplan].Plan and the
// constants [EnablingActionCount] and [HighPriorityCount]. The actions
// themselves are not: no source digidip can reach prints their titles, and
// digidip invents none. Whoever holds the masterplan can write them into a
// JSON file and load them:
//
//	eas, err := asean.ReadEnablingActions(f, "eas.json")
//	m, err := asean.ADM2025().WithEnablingActions(eas)
//
// They then appear as elements such as "adm2025/EA5.1" under "adm2025/DO5".
// The file format is described at [ReadEnablingActions]; the file
// testdata/enabling-actions-example.json in this package's source is a
// format example whose titles are placeholders, not the masterplan's.
//
// The masterplan's later life is recorded too: a half-way reassessment by
// senior officials in March 2023, the Mid-Term Review taken up at ADGMIN4 in
// February 2024, 82 initiatives reported completed, and a final review noted
// at ADGMIN6, where the ASEAN Digital Masterplan 2030 was adopted in Hanoi on
// 16 January 2026.
//
// # The Boracay Digital Declaration
//
// [Boracay] returns the declaration (framework ID "boracay") of the third
// ADGMIN, held in person on Boracay Island, the Philippines, on 9–10 February
// 2023 under the theme "Synergy Towards a Sustainable Digital Future", with
// the Philippines' Secretary of Information and Communications Technology,
// Ivan John E. Uy, in the chair. The declaration's own text and paragraph
// numbers could not be found. Its commitments "boracay/B1" to "boracay/B9"
// follow the order of a Vietnamese report of the declaration (digidip's seed
// article 004, ictvietnam.vn, 13 February 2023), which each cites with the
// paragraph; other reports that bear a commitment out are cited after it,
// and [Commitment].Corroboration says how far they go. The initiatives the
// meeting's joint media statement took up are kept apart, in
// [Declaration].NotedInitiatives, linked to the instruments registry.
//
// # Meetings and instruments
//
// [Meetings] lists ADGMIN1 to ADGMIN6 with their days, hosts, chairs,
// themes and outcome documents (the Putrajaya, Boracay, Singapore, Bangkok
// and Hanoi declarations, ADM 2025 and ADM 2030). What the sources do not
// give stays zero, and Meeting.Note says what is uncertain.
//
// [Instruments] is the registry of related instruments and bodies — DEFA,
// the BSBR, the DMF, the cross-border data flows mechanism, the model
// contractual clauses and the ASEAN–EU Joint Guide, ANSAC, the ASCCE, the
// AJCCBC, the ASEAN Regional CERT and its Operational Framework, the
// Cybersecurity Cooperation Strategy 2021–2025, the AI Guide, the 5G
// Roadmap, the ACRF, the working groups, the AI Safety Network, the ITU,
// ADM 2030 and others — each with its names in English and Vietnamese (a
// Vietnamese name no source gives is marked as digidip's translation),
// acronyms, aliases, dated milestones and citations. The article mapper uses
// these names to tell a text about a related instrument from one about a
// framework. [LookupInstrument] finds one by ID or acronym.
//
// # Validation
//
// [Masterplan.Validate], [Declaration.Validate], [ValidateMeetings] and
// [ValidateInstruments] check the rules the typed values carry beyond the
// generic [digidip.Catalog.Validate]: an enabling action's code agrees with
// its outcome, its dependencies name known actions, counts stay within the
// masterplan's figures, references between meetings, declarations and
// instruments resolve, and so on. They return [digidip.ValidationErrors];
// each [digidip.ValidationError] names the ID and the field, and is found
// with [errors.As].
//
// All functions build fresh values on every call: there is no package-level
// state to change.
package asean

// Package diplomacy holds typed, cited models of the digital-diplomacy
// frameworks that Viet Nam's press reports on, and the registries of the
// ministries and people those reports name.
//
// # Frameworks
//
// Four frameworks, each a typed value with its own fields that also yields
// the generic [digidip.Framework] the catalog, the JSON export and the
// article mapper use:
//
//   - [BaliMessage] (framework "bali"): the Bali Message on International
//     Cooperation in Digital Diplomacy, issued at ICDD 2021; five focus
//     areas, FA1–FA5, voluntary in nature.
//   - [ICDD2021] ("icdd2021"): the International Conference on Digital
//     Diplomacy held by Indonesia's foreign ministry on 16 November 2021,
//     with Foreign Minister Retno Marsudi's three steps (S1–S3), its four
//     panels (P1–P4), the speeches of named ministers, and its 2019
//     predecessor, the Regional Conference on Digital Diplomacy in Jakarta,
//     whose Jakarta Message is a different document from the Bali Message.
//   - [MICTasks] ("vn-mic"): the four international-cooperation tasks,
//     T1–T4, that Viet Nam's Ministry of Information and Communications
//     (Bộ Thông tin và Truyền thông, MIC) set out at the 31st Diplomatic
//     Conference, Hanoi, 15 December 2021. The project's design card calls
//     them the "MOIT tasks"; the ministry is MIC, not the Ministry of
//     Industry and Trade.
//   - [MOFATasks] ("vn-mofa"): what MIC asked of the Ministry of Foreign
//     Affairs in the same speech (M1–M2) and the five directions in which a
//     Diplomatic Academy scholar says foreign ministries adapt to digital
//     diplomacy (D1–D5).
//
// [Frameworks] returns the four generic views; package
// github.com/digidip/digidip/catalog joins them with the ASEAN frameworks
// and the cross-walk.
//
// # Disputed facts
//
// The sources disagree on some figures that users quote: one Vietnamese
// report has 4,300 delegates from 19 countries at ICDD 2021, another 21
// countries, and the organiser announced 21; one Indonesian outlet gives a
// different fifth focus area. Such facts are lists of [Claim] values, each
// with its own source, never a single reconciled number.
//
// # Registries
//
// [Ministries] and [LookupMinistry] give Viet Nam's Ministry of Foreign
// Affairs, Ministry of Information and Communications, Ministry of Industry
// and Trade and Ministry of Science and Technology (into which MIC was
// merged with effect from 1 March 2025 under Decree 55/2025/NĐ-CP), with
// Indonesia's foreign ministry and Singapore's Ministry of Communications
// and Information, whose Vietnamese name can be confused with MIC's.
// [Current] follows the merger links. [People] and [LookupPerson] give the
// officials the sources name, with their roles at the time.
//
// # Sources
//
// Every element, claim, ministry and role carries [digidip.Citation]s. The
// seed articles embedded by package corpus are cited by headline with
// Locator "paragraph N", counting the non-empty lines after the headline;
// the research notes' URLs corroborate them. Titles and summaries are the
// package's own wording; only names (of documents, panels, ministries) are
// given as the sources give them, and the Indonesian titles of the focus
// areas are the Indonesian foreign ministry's own.
//
// All functions return fresh values: callers may change what they get
// without affecting anyone else.
package diplomacy

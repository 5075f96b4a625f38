package catalog

import "github.com/digidip/digidip"

// Crosswalk returns the curated relations between elements of different
// frameworks, each with a one-line rationale in digidip's own words. Every
// Bali focus area, ICDD 2021 step and panel, MIC task, MOFA task and
// direction, and Boracay commitment is related to the ADM 2025 desired
// outcomes it serves, or carries a [digidip.NoCounterpart] relation to
// "adm2025" saying why none fits; a few further relations join the
// diplomacy frameworks to one another.
//
// The judgments are editorial: they record how the two texts' aims meet,
// not a link either document makes itself (except where a Boracay
// commitment names ADM 2025). Each call returns a fresh slice.
func Crosswalk() []digidip.Relation {
	r := func(from digidip.ID, kind digidip.RelationKind, to digidip.ID, note string) digidip.Relation {
		return digidip.Relation{From: from, To: to, Kind: kind, Note: note}
	}
	const (
		sup  = digidip.Supports
		impl = digidip.Implements
		al   = digidip.AlignsWith
		none = digidip.NoCounterpart
	)
	return []digidip.Relation{
		// Bali Message focus areas → ADM 2025.
		r("bali/FA1", none, "adm2025", "ADM 2025 plans digital infrastructure, services and markets; it sets no policy for how governments conduct diplomacy by digital means."),
		r("bali/FA2", al, "adm2025/DO1", "Both answer the COVID-19 crisis: FA2 through crisis diplomacy online, DO1 by putting first the actions that speed ASEAN's recovery."),
		r("bali/FA3", al, "adm2025/DO3", "Data that is well governed and protected is a precondition of the trusted digital services DO3 seeks."),
		r("bali/FA4", sup, "adm2025/DO7", "Innovation for micro, small and medium firms raises businesses' capability to take part in the digital economy."),
		r("bali/FA5", al, "adm2025/DO8", "Both aim at digital inclusion: FA5 through capacity building between states, DO8 through a digitally inclusive ASEAN society."),
		r("bali/FA5", sup, "adm2025/DO7", "Building digital capacity increases people's ability to participate in the digital economy."),

		// Bali Message ↔ ICDD 2021: the message distils the conference.
		r("bali/FA2", al, "icdd2021/P4", "The crisis-management focus area and the panel on big data in crisis management treat the same theme."),
		r("bali/FA3", al, "icdd2021/P3", "The data focus area takes up the panel on data and digital diplomacy."),
		r("bali/FA4", al, "icdd2021/P2", "The MSME focus area takes up the panel on digital innovation for SMEs."),
		r("bali/FA5", al, "icdd2021/S2", "Capacity building and inclusion answer the minister's call to bridge the digital divide."),

		// ICDD 2021 steps and panels → ADM 2025.
		r("icdd2021/S1", al, "adm2025/DO3", "A digital space free of cyber threats and respectful of data privacy is what makes digital services trusted."),
		r("icdd2021/S2", al, "adm2025/DO8", "Narrowing the digital divide within and between countries is the substance of an inclusive digital society."),
		r("icdd2021/S3", none, "adm2025", "Using diplomacy on global issues lies outside ADM 2025's regional digital-economy plan."),
		r("icdd2021/P1", al, "adm2025/DO8", "An inclusive digital economy, its gains and who is left out, is DO8's concern."),
		r("icdd2021/P2", al, "adm2025/DO7", "Digital innovation in SMEs is one way businesses gain the capability DO7 wants."),
		r("icdd2021/P3", al, "adm2025/DO3", "How data is handled in diplomacy touches the data protection on which DO3's trusted services rest."),
		r("icdd2021/P4", al, "adm2025/DO1", "Big data for crisis management and DO1's crisis-recovery priority both answer the pandemic."),

		// MIC tasks → ADM 2025.
		r("vn-mic/T1", al, "adm2025/DO6", "Helping write international rules and standards for the digital economy serves the same end as DO6: digital services that let business trade across borders."),
		r("vn-mic/T2", sup, "adm2025/DO2", "Digital connectivity, one of T2's fields, is what DO2's broadband quality and coverage deliver."),
		r("vn-mic/T2", sup, "adm2025/DO3", "T2's consumer protection is DO3's prevention of consumer harm."),
		r("vn-mic/T2", sup, "adm2025/DO6", "Harmonised standards and digital trade, two of T2's fields, ease cross-border trade."),
		r("vn-mic/T2", sup, "adm2025/DO8", "Closing the digital divide, named in T2, is the core of a digitally inclusive society."),
		r("vn-mic/T3", sup, "adm2025/DO3", "Sharing information and responding together to cross-border cyberattacks protects the trust on which digital services depend."),
		r("vn-mic/T4", al, "adm2025/DO3", "Research on cyberspace-security policy and technology feeds the security side of trusted digital services."),

		// MIC tasks ↔ the diplomacy frameworks.
		r("vn-mic/T3", al, "icdd2021/S1", "Both seek a digital space free of cyber threats through cooperation between states."),
		r("vn-mic/T2", al, "bali/FA5", "Both take up digital capacity and the digital divide."),

		// MOFA tasks and directions → ADM 2025.
		r("vn-mofa/M1", none, "adm2025", "Defending national digital sovereignty is a national aim; ADM 2025 plans regional cooperation and has no outcome on it."),
		r("vn-mofa/M2", none, "adm2025", "Shaping global legal rules for cyberspace is diplomatic work at world level; ADM 2025's outcomes are regional and economic."),
		r("vn-mofa/D1", al, "adm2025/DO5", "A foreign ministry digitising its own work is e-government inside one ministry, the field of DO5."),
		r("vn-mofa/D2", sup, "adm2025/DO5", "Consular services moved online are e-government services of the kind DO5 wants better and more used."),
		r("vn-mofa/D3", none, "adm2025", "ADM 2025 builds digital skills for the economy and society, not diplomats' working style."),
		r("vn-mofa/D4", none, "adm2025", "How missions abroad are staffed and used is diplomatic organisation, outside ADM 2025."),
		r("vn-mofa/D5", none, "adm2025", "Mixing in-person and online diplomacy concerns how diplomacy is done, which ADM 2025 does not cover."),

		// MOFA tasks and directions ↔ the diplomacy frameworks.
		r("vn-mofa/M2", al, "icdd2021/S1", "Both concern the Internet governance and rules that make cyberspace trustworthy."),
		r("vn-mofa/D1", al, "bali/FA1", "A foreign ministry's own digital transformation is the institutional groundwork that government policy for digital diplomacy lays."),

		// Boracay Digital Declaration → ADM 2025.
		r("boracay/B1", sup, "adm2025/DO8", "Recognising and pursuing an inclusive digital society is DO8's aim."),
		r("boracay/B2", sup, "adm2025/DO2", "Stronger infrastructure connectivity among member states advances broadband quality and coverage."),
		r("boracay/B2", sup, "adm2025/DO8", "Bridging the digital divide with technical assistance and capacity building advances an inclusive society."),
		r("boracay/B3", impl, "adm2025", "B3 commits the ministers to carrying out ADM 2025 itself, people-centred."),
		r("boracay/B4", sup, "adm2025/DO3", "Safe and secure digital transformation is the ground of trusted digital services."),
		r("boracay/B4", sup, "adm2025/DO5", "B4 names the quality and use of e-government services, DO5 in ADM 2025's words."),
		r("boracay/B4", sup, "adm2025/DO6", "Facilitating cross-border trade and connecting businesses is DO6's aim."),
		r("boracay/B5", sup, "adm2025/DO2", "Sharing know-how on Internet and broadband services in rural areas speaks to broadband coverage."),
		r("boracay/B6", sup, "adm2025/DO4", "ICT policy and regulation built on best practice and international standards underpin a competitive market for digital services."),
		r("boracay/B7", sup, "adm2025/DO3", "Cooperation on cybercrime, cybersecurity, data security and CERTs protects trust in digital services."),
		r("boracay/B8", none, "adm2025", "ADM 2025 has no outcome on climate change; B8 reaches beyond the masterplan."),
		r("boracay/B9", sup, "adm2025", "Cooperation with dialogue partners and the ITU is directed at ICT programmes that carry ADM 2025 out."),

		// Boracay ↔ Viet Nam's tasks.
		r("boracay/B7", al, "vn-mic/T3", "Both commit to cooperation against cyber threats, including work between response teams."),
	}
}

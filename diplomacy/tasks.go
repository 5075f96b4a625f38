package diplomacy

import (
	"time"

	"github.com/digidip/digidip"
)

// Occasion is the event or publication at which a task list was set out.
type Occasion struct {
	Name digidip.Text `json:"name,omitzero"`
	Date digidip.Date `json:"date,omitzero"`
	// Place is where the event took place; zero for a publication.
	Place  digidip.Text     `json:"place,omitzero"`
	Source digidip.Citation `json:"source,omitzero"`
}

// TaskList is a Vietnamese ministry's digital-diplomacy tasks, as a named
// official set them out: the tasks a ministry takes on itself, those
// another ministry asks of it, and directions of adaptation an expert
// recommends. Each [Task] says which ministry is responsible and who asked.
type TaskList struct {
	ID   digidip.ID   `json:"id"`
	Name digidip.Text `json:"name,omitzero"`
	// Ministry is the ministry whose tasks these are.
	Ministry MinistryID   `json:"ministry,omitzero"`
	Summary  digidip.Text `json:"summary,omitzero"`
	// Occasions are the speeches and articles the tasks come from.
	Occasions []Occasion         `json:"occasions,omitempty"`
	Tasks     []Task             `json:"tasks,omitempty"`
	Sources   []digidip.Citation `json:"sources,omitempty"`
}

// Task is one numbered task or direction.
type Task struct {
	// Code is the element code: "T1"–"T4" (MIC's tasks), "M1"–"M2" (what
	// MIC asked of MOFA), "D1"–"D5" (directions of adaptation).
	Code string `json:"code"`
	// Kind is [digidip.KindTask] or [digidip.KindDirection].
	Kind    digidip.ElementKind `json:"kind,omitzero"`
	Title   digidip.Text        `json:"title,omitzero"`
	Summary digidip.Text        `json:"summary,omitzero"`
	// Responsible is the ministry expected to carry the task out.
	Responsible MinistryID `json:"responsible,omitzero"`
	// RequestedBy is the ministry that asked for the task, when it is not
	// the responsible ministry itself: MIC asked M1–M2 of MOFA.
	RequestedBy MinistryID `json:"requestedBy,omitzero"`
	// SetOutBy is the person who stated the task.
	SetOutBy PersonID           `json:"setOutBy,omitzero"`
	Sources  []digidip.Citation `json:"sources,omitempty"`
}

// MICTasks returns the major international-cooperation tasks that Viet Nam's
// Ministry of Information and Communications set itself for digital economy,
// digital society and cybersecurity (vn-mic T1–T4), as presented by Deputy
// Minister Phan Tâm at the 31st Diplomatic Conference, Hanoi, 15 December
// 2021. The design card calls these the "MOIT tasks"; the ministry is MIC
// (Bộ TT&TT), not the Ministry of Industry and Trade.
func MICTasks() TaskList {
	task := func(code, en, vi, sumEn, sumVi, para string, more ...digidip.Citation) Task {
		return Task{
			Code: code, Kind: digidip.KindTask,
			Title: digidip.EnVi(en, vi), Summary: digidip.EnVi(sumEn, sumVi),
			Responsible: VNMIC, SetOutBy: PhanTam,
			Sources: append([]digidip.Citation{seed002(para)}, more...),
		}
	}
	return TaskList{
		ID: MICID,
		Name: digidip.EnVi("Viet Nam Ministry of Information and Communications: international cooperation tasks for the digital era",
			"Bộ Thông tin và Truyền thông Việt Nam: các nhiệm vụ hợp tác quốc tế trong lĩnh vực số"),
		Ministry: VNMIC,
		Summary: digidip.EnVi(
			"Four major tasks MIC set for its international cooperation on the digital economy, digital society and cybersecurity, in line with Viet Nam's independent, multilateral foreign policy and its national interest.",
			"Bốn nhiệm vụ lớn Bộ TT&TT đặt ra cho hợp tác quốc tế về kinh tế số, xã hội số và an toàn thông tin mạng, phù hợp đường lối đối ngoại độc lập, đa phương hóa và lợi ích quốc gia của Việt Nam.",
		),
		Occasions: []Occasion{dipConf31()},
		Tasks: []Task{
			task("T1",
				"Take part in international organisations and rule-making on the digital economy and society",
				"Tham gia các tổ chức quốc tế và xây dựng luật chơi về kinh tế số, xã hội số",
				"Join international organisations and initiatives on the digital economy and digital society early and actively, and help draft the new legal frameworks, standards and principles for digital technology that suit Viet Nam's aims and interests.",
				"Chủ động tham gia sớm các tổ chức, sáng kiến quốc tế về kinh tế số, xã hội số và góp phần soạn thảo khuôn khổ pháp lý, tiêu chuẩn, nguyên tắc mới về công nghệ số phù hợp mục tiêu, lợi ích của Việt Nam.",
				"paragraph 7"),
			task("T2",
				"Be a responsible member on connectivity, standards, digital trade, skills and consumer protection",
				"Là thành viên có trách nhiệm về kết nối số, tiêu chuẩn, thương mại số, năng lực số và bảo vệ người tiêu dùng",
				"Help solve shared problems of digital connectivity, harmonised standards, digital trade, digital capacity and the digital divide, and consumer protection.",
				"Cùng giải quyết các vấn đề chung về kết nối số, hài hòa tiêu chuẩn, thương mại số, năng lực số và khoảng cách số, bảo vệ người tiêu dùng.",
				"paragraph 8"),
			task("T3",
				"Cooperate against cross-border cyberattacks; play the GFCE founding-member role",
				"Hợp tác ứng phó tấn công mạng xuyên biên giới; phát huy vai trò thành viên sáng lập GFCE",
				"Work with neighbours and strategic and comprehensive partners to share information and help one another detect, handle, respond to and investigate cross-border cyberattacks, and make more of Viet Nam's place as a founding member of the Global Forum on Cyber Expertise.",
				"Phối hợp với các nước trong khu vực và các đối tác chiến lược, đối tác toàn diện để chia sẻ thông tin, giúp nhau phát hiện, xử lý, ứng cứu và điều tra tấn công mạng xuyên biên giới; phát huy hơn vị thế thành viên sáng lập Diễn đàn toàn cầu về chuyên môn không gian mạng (GFCE).",
				"paragraph 9", taichinhdientuGFCE(), gfceHistory()),
			task("T4",
				"Lead research on new, hard questions of cyberspace security",
				"Đi đầu nghiên cứu các vấn đề mới, khó về an toàn không gian mạng",
				"Be among the first to study, and help settle, new and difficult international policy and technical questions of cyberspace security.",
				"Đi trước trong nghiên cứu và góp phần xử lý các vấn đề quốc tế mới, khó về chính sách và kỹ thuật liên quan đến an toàn không gian mạng.",
				"paragraph 10"),
		},
		Sources: []digidip.Citation{seed002("paragraphs 6–10"), baolonganDipConf31()},
	}
}

// MOFATasks returns the digital-diplomacy tasks and directions of Viet Nam's
// Ministry of Foreign Affairs (vn-mofa): M1–M2, what MIC asked of MOFA in the
// same speech as [MICTasks]; and D1–D5, the directions in which Nguyễn Hùng
// Sơn of the Diplomatic Academy describes foreign ministries adapting to
// digital diplomacy, and which he urges Viet Nam's diplomacy to take up.
func MOFATasks() TaskList {
	asked := func(code, en, vi, sumEn, sumVi string) Task {
		return Task{
			Code: code, Kind: digidip.KindTask,
			Title: digidip.EnVi(en, vi), Summary: digidip.EnVi(sumEn, sumVi),
			Responsible: VNMOFA, RequestedBy: VNMIC, SetOutBy: PhanTam,
			Sources: []digidip.Citation{seed002("paragraph 11")},
		}
	}
	direction := func(code, en, vi, sumEn, sumVi, paras string) Task {
		return Task{
			Code: code, Kind: digidip.KindDirection,
			Title: digidip.EnVi(en, vi), Summary: digidip.EnVi(sumEn, sumVi),
			Responsible: VNMOFA, SetOutBy: NguyenHungSon,
			Sources: []digidip.Citation{seed003(paras)},
		}
	}
	essay := Occasion{
		Name:   digidip.EnVi("Essay \"Digital diplomacy: an inevitable trend\" by Nguyễn Hùng Sơn", "Bài viết \"Ngoại giao số: Xu thế tất yếu\" của TS. Nguyễn Hùng Sơn"),
		Source: seed003(""),
	}
	return TaskList{
		ID: MOFAID,
		Name: digidip.EnVi("Viet Nam Ministry of Foreign Affairs: digital-diplomacy tasks and directions",
			"Bộ Ngoại giao Việt Nam: nhiệm vụ và định hướng ngoại giao số"),
		Ministry: VNMOFA,
		Summary: digidip.EnVi(
			"What the Ministry of Information and Communications asked of the foreign ministry at the 31st Diplomatic Conference (M1–M2), and five directions in which foreign ministries adapt to digital diplomacy, put forward for Viet Nam by a Diplomatic Academy scholar (D1–D5).",
			"Những việc Bộ Thông tin và Truyền thông đề nghị Bộ Ngoại giao tại Hội nghị Ngoại giao lần thứ 31 (M1–M2), và năm hướng thích ứng của các bộ ngoại giao với ngoại giao số mà một học giả Học viện Ngoại giao đề xuất cho Việt Nam (D1–D5).",
		),
		Occasions: []Occasion{dipConf31(), essay},
		Tasks: []Task{
			asked("M1",
				"Protect digital sovereignty early and from afar",
				"Chủ động bảo vệ chủ quyền số từ sớm, từ xa",
				"Apply the motto of finding new ways, new directions and new fields so as to defend the country's digital sovereignty before threats arrive.",
				"Vận dụng phương châm tìm cách làm mới, hướng đi mới, lĩnh vực mới để bảo vệ chủ quyền số của đất nước từ trước khi nguy cơ ập đến."),
			asked("M2",
				"Take digital-diplomacy initiatives that shape global rules for cyberspace",
				"Chủ động đưa ra sáng kiến ngoại giao số góp phần định hình luật chơi toàn cầu trên không gian mạng",
				"Put forward digital-diplomacy initiatives that help shape the global legal framework for cyberspace in Viet Nam's national interest.",
				"Đề xuất các sáng kiến ngoại giao số góp phần định hình khuôn khổ pháp lý toàn cầu cho không gian mạng, phù hợp lợi ích quốc gia."),
			direction("D1",
				"Digitally transform the foreign ministry itself",
				"Chuyển đổi số chính bộ ngoại giao",
				"Digitise the ministry's own work, not only its diplomacy: how it gathers, processes, stores and shares information, adopting new technology such as artificial intelligence to cope with the volume.",
				"Số hóa chính công việc của bộ, không chỉ hoạt động ngoại giao: từ thu thập, xử lý, lưu trữ đến chia sẻ thông tin, áp dụng công nghệ mới như trí tuệ nhân tạo để xử lý khối lượng thông tin rất lớn.",
				"paragraphs 35–36"),
			direction("D2",
				"Use digital platforms to widen external activities",
				"Dùng nền tảng số để đa dạng hóa hoạt động đối ngoại",
				"Move services such as consular work online and let embassies promote cultural events to audiences worldwide, not only in the host country.",
				"Đưa các dịch vụ như công tác lãnh sự lên môi trường số và để đại sứ quán quảng bá sự kiện văn hóa tới công chúng toàn cầu chứ không chỉ ở nước sở tại.",
				"paragraph 37"),
			direction("D3",
				"Renew diplomatic style and skills for the digital age",
				"Đổi mới phong cách và kỹ năng ngoại giao trong thời đại số",
				"Every diplomat should handle social media fluently, prefer short, clear messages to long speeches, and be able to analyse information and tell true news from false.",
				"Mỗi cán bộ ngoại giao cần dùng thành thạo mạng xã hội, ưu tiên thông điệp ngắn gọn, rõ ràng thay cho diễn văn dài, và biết phân tích thông tin, phân biệt tin thật với tin giả.",
				"paragraphs 38–39"),
			direction("D4",
				"Strengthen the role of missions abroad",
				"Tăng cường vai trò của các cơ quan đại diện ở nước ngoài",
				"Personal trust-building by envoys matters more, not less, in digital times; missions can be reorganised to spend more of their resources on meeting partners in person.",
				"Việc tạo dựng lòng tin trực tiếp của các nhà ngoại giao càng quan trọng hơn trong thời đại số; có thể cơ cấu lại cơ quan đại diện để dành nhiều nguồn lực hơn cho gặp gỡ trực tiếp với đối tác.",
				"paragraphs 40–42"),
			direction("D5",
				"Combine traditional and digital diplomacy",
				"Kết hợp ngoại giao truyền thống và ngoại giao số",
				"Keep traditional diplomacy but pair it with digital means to get the strengths of both, for example by preparing parts of multilateral meetings online to lighten in-person negotiation.",
				"Giữ ngoại giao truyền thống nhưng kết hợp với phương thức số để phát huy thế mạnh của cả hai, chẳng hạn chuẩn bị một phần nội dung hội nghị đa phương qua trực tuyến để giảm tải cho đàm phán trực tiếp.",
				"paragraphs 43–44"),
		},
		Sources: []digidip.Citation{seed002("paragraph 11"), seed003("paragraphs 34–45")},
	}
}

// dipConf31 is the 31st Diplomatic Conference, where Phan Tâm spoke.
func dipConf31() Occasion {
	return Occasion{
		Name: digidip.EnVi("31st Diplomatic Conference, plenary session on diplomacy for national development",
			"Hội nghị Ngoại giao lần thứ 31, phiên toàn thể về ngoại giao phục vụ phát triển đất nước"),
		Date:   day(2021, time.December, 15),
		Place:  digidip.EnVi("Hanoi, Viet Nam", "Hà Nội, Việt Nam"),
		Source: baolonganDipConf31(),
	}
}

// Framework returns the generic view of the task list: one element per
// task, in order, of the task's kind. Its Adopted date is that of the first
// occasion, the day the earliest-dated tasks were set out.
func (l TaskList) Framework() digidip.Framework {
	f := digidip.Framework{
		ID:      l.ID,
		Kind:    digidip.KindTaskList,
		Name:    l.Name,
		Issuer:  issuerName(l.Ministry),
		Summary: l.Summary,
		Sources: cloneCitations(l.Sources),
	}
	if len(l.Occasions) > 0 {
		f.Adopted = l.Occasions[0].Date
	}
	for _, t := range l.Tasks {
		f.Elements = append(f.Elements, digidip.Element{
			ID: digidip.ElementID(l.ID, t.Code), Kind: t.Kind, Code: t.Code,
			Title: t.Title, Summary: t.Summary, Sources: cloneCitations(t.Sources),
		})
	}
	return f
}

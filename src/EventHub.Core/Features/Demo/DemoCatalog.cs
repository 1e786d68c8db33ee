using EventHub.Core.Domain;

namespace EventHub.Core.Features.Demo;

internal sealed record DemoRoom(string Name, int Seats);
internal sealed record DemoTrack(string NameFr, string NameEn, string Color);
internal sealed record DemoSpeaker(string FirstName, string LastName, string Organization, string BioFr, string BioEn, string Link);
internal sealed record DemoSession(
    SessionKind Kind, string TitleFr, string TitleEn, string AbstractFr, string AbstractEn,
    int Track, int[] Speakers, int Day, TimeOnly Start, int DurationMinutes, int Room, int? SeatLimit);

/// <summary>The program of the demo conference, modelled on the Journée de l'informatique du Québec (JIQ).</summary>
/// <remarks>
/// Two days at the Centre des congrès de Québec, open 08:00 to 17:30: an opening keynote at 09:00 in the
/// Grande salle 2000, then talks at 10:15, 11:15, 13:30, 14:30 and 15:30 (lunch 12:00 to 13:30) and
/// workshops of 90 or 120 minutes in the two small rooms. Tracks, rooms and speakers are referred to by
/// their 0-based index in the arrays below; Day 0 is the first day. All people are fictional.
/// </remarks>
internal static class DemoCatalog
{
    public static readonly DemoRoom[] Rooms =
    [
        new("Grande salle 2000", 1_750),
        new("Salle 2105AB", 400),
        new("Salle 301A", 300),
        new("Salle 302B", 220),
        new("Salle 303", 150),
        new("Salle 304A", 90),
        new("Salle 205A", 60),
        new("Salle 205B", 45),
    ];

    /// <summary>Dark colours: white text on each of them meets WCAG AA (4.5:1).</summary>
    public static readonly DemoTrack[] Tracks =
    [
        new("Infonuagique et infrastructure", "Cloud and infrastructure", "#1F4E79"),
        new("Cybersécurité", "Cybersecurity", "#9B1C31"),
        new("IA et données", "AI and data", "#2E6B30"),
        new("Transformation numérique", "Digital transformation", "#5B2C83"),
    ];

    public static readonly DemoSpeaker[] Speakers =
    [
        // 0
        new(
            "Geneviève", "Tremblay", "Ministère de la Cybersécurité et du Numérique",
            "Geneviève Tremblay est directrice générale des services numériques au ministère de la " +
            "Cybersécurité et du Numérique. Depuis plus de vingt ans, elle pilote des projets de " +
            "modernisation qui rapprochent l'État des citoyens. Elle milite pour des services publics " +
            "simples, accessibles et conçus avec les personnes qui les utilisent.",
            "Geneviève Tremblay is Director General of Digital Services at the Ministère de la " +
            "Cybersécurité et du Numérique. For more than twenty years, she has led modernization projects " +
            "that bring government closer to citizens. She champions public services that are simple, " +
            "accessible and designed with the people who use them.",
            "https://www.linkedin.com/in/genevieve-tremblay"),
        // 1
        new(
            "Mathieu", "Gagnon", "Nordvent Infonuagique",
            "Mathieu Gagnon est architecte infonuagique principal chez Nordvent Infonuagique. Il a " +
            "accompagné une quinzaine d'organisations publiques et parapubliques dans la migration de leurs " +
            "charges de travail vers l'infonuagique. Il s'intéresse particulièrement à la souveraineté des " +
            "données et à l'hébergement au Québec.",
            "Mathieu Gagnon is a principal cloud architect at Nordvent Infonuagique. He has helped some " +
            "fifteen public and para-public organizations move their workloads to the cloud. He is " +
            "particularly interested in data sovereignty and hosting in Québec.",
            "https://www.linkedin.com/in/mathieu-gagnon"),
        // 2
        new(
            "Isabelle", "Côté", "Sentinelle Cyberdéfense",
            "Isabelle Côté dirige l'équipe de tests d'intrusion de Sentinelle Cyberdéfense. Elle a " +
            "auparavant travaillé dix ans en sécurité dans le secteur bancaire. Elle enseigne aussi la " +
            "sécurité applicative en formation continue et anime régulièrement des ateliers pour les " +
            "équipes de développement.",
            "Isabelle Côté leads the penetration testing team at Sentinelle Cyberdéfense. She previously " +
            "spent ten years working in security in the banking sector. She also teaches application " +
            "security in continuing education and regularly runs workshops for development teams.",
            "https://www.linkedin.com/in/isabelle-cote"),
        // 3
        new(
            "Olivier", "Bouchard", "Université Laval",
            "Olivier Bouchard est professeur d'informatique à l'Université Laval. Ses travaux portent sur " +
            "le traitement automatique du français et de ses variétés régionales. Il collabore avec " +
            "plusieurs organismes publics pour rendre leurs données textuelles exploitables.",
            "Olivier Bouchard is a professor of computer science at Université Laval. His research focuses " +
            "on natural language processing for French and its regional varieties. He works with several " +
            "public bodies to make their text data usable.",
            "https://www.linkedin.com/in/olivier-bouchard"),
        // 4
        new(
            "Catherine", "Pelletier", "Ministère de la Santé et des Services sociaux",
            "Catherine Pelletier est conseillère en accessibilité numérique au ministère de la Santé et des " +
            "Services sociaux. Elle coordonne les audits d'accessibilité des services en ligne du réseau de " +
            "la santé. Elle-même utilisatrice de technologies d'assistance, elle rappelle que " +
            "l'accessibilité se vit d'abord au quotidien.",
            "Catherine Pelletier is a digital accessibility advisor at the Ministère de la Santé et des " +
            "Services sociaux. She coordinates accessibility audits of the health network's online " +
            "services. A user of assistive technologies herself, she reminds teams that accessibility is " +
            "first and foremost a daily experience.",
            "https://www.linkedin.com/in/catherine-pelletier"),
        // 5
        new(
            "Alexandre", "Lavoie", "Boréal Logiciel",
            "Alexandre Lavoie est développeur principal chez Boréal Logiciel, où il modernise des " +
            "applications .NET utilisées par des milliers de personnes. Contributeur actif à plusieurs " +
            "projets libres, il croit aux équipes qui livrent souvent et par petits incréments.",
            "Alexandre Lavoie is a lead developer at Boréal Logiciel, where he modernizes .NET applications " +
            "used by thousands of people. An active contributor to several open source projects, he " +
            "believes in teams that ship often and in small increments.",
            "https://www.linkedin.com/in/alexandre-lavoie"),
        // 6
        new(
            "Marie-Ève", "Fortin", "Coopérative financière Laurentienne",
            "Marie-Ève Fortin est cheffe de la sécurité de l'information à la Coopérative financière " +
            "Laurentienne. Elle a bâti un programme de gestion du risque cyber qui rend des comptes " +
            "directement au conseil d'administration. Elle siège aussi à un comité sectoriel sur la " +
            "résilience des services financiers.",
            "Marie-Ève Fortin is Chief Information Security Officer at Coopérative financière Laurentienne. " +
            "She built a cyber risk management program that reports directly to the board of directors. She " +
            "also sits on an industry committee on the resilience of financial services.",
            "https://www.linkedin.com/in/marie-eve-fortin"),
        // 7
        new(
            "Jean-François", "Bélanger", "Ville de Québec",
            "Jean-François Bélanger est architecte d'entreprise à la Ville de Québec. Il travaille à " +
            "rationaliser un parc de plus de 300 applications municipales tout en améliorant les services " +
            "en ligne offerts aux citoyens. Il a auparavant été analyste, puis chef d'équipe en " +
            "développement.",
            "Jean-François Bélanger is an enterprise architect at the Ville de Québec. He is working to " +
            "rationalize a portfolio of more than 300 municipal applications while improving the online " +
            "services offered to residents. He was previously an analyst, then a development team lead.",
            "https://www.linkedin.com/in/jean-francois-belanger"),
        // 8
        new(
            "Sophie", "Lévesque", "Analytica Québec",
            "Sophie Lévesque est scientifique des données chez Analytica Québec. Elle aide des " +
            "organisations publiques et privées à transformer leurs données en décisions éclairées. " +
            "Passionnée de vulgarisation, elle anime un groupe d'utilisateurs de Python dans la région de " +
            "Québec.",
            "Sophie Lévesque is a data scientist at Analytica Québec. She helps public and private " +
            "organizations turn their data into informed decisions. Passionate about making data " +
            "approachable, she runs a Python user group in the Québec City region.",
            "https://www.linkedin.com/in/sophie-levesque"),
        // 9
        new(
            "Simon", "Morin", "Hexa Conseil",
            "Simon Morin est conseiller principal en fiabilité des systèmes chez Hexa Conseil. Il a " +
            "implanté des pratiques d'observabilité dans des organisations de toutes tailles, de la jeune " +
            "pousse au grand ministère. Il est convaincu qu'une bonne alerte ne devrait jamais réveiller " +
            "quelqu'un sans raison.",
            "Simon Morin is a senior site reliability consultant at Hexa Conseil. He has introduced " +
            "observability practices in organizations of all sizes, from start-ups to large government " +
            "departments. He is convinced that a good alert should never wake anyone up without a reason.",
            "https://www.linkedin.com/in/simon-morin"),
        // 10
        new(
            "Julie", "Gauthier", "CIUSSS de la Capitale-Nationale",
            "Julie Gauthier est chargée de projets en interopérabilité au CIUSSS de la Capitale-Nationale. " +
            "Infirmière de formation, elle a bifurqué vers les technologies de l'information il y a dix " +
            "ans. Elle travaille à faire circuler l'information clinique de façon sécurisée entre les " +
            "établissements.",
            "Julie Gauthier is an interoperability project manager at the CIUSSS de la Capitale-Nationale. " +
            "A nurse by training, she moved into information technology ten years ago. She works to make " +
            "clinical information flow securely between institutions.",
            "https://www.linkedin.com/in/julie-gauthier"),
        // 11
        new(
            "Maxime", "Roy", "Fleuve Numérique",
            "Maxime Roy est ingénieur de plateforme chez Fleuve Numérique, où il exploite des grappes " +
            "Kubernetes en production depuis 2018. Il a formé des centaines de personnes aux conteneurs et " +
            "à l'automatisation de l'infrastructure.",
            "Maxime Roy is a platform engineer at Fleuve Numérique, where he has been running Kubernetes " +
            "clusters in production since 2018. He has trained hundreds of people in containers and " +
            "infrastructure automation.",
            "https://www.linkedin.com/in/maxime-roy"),
        // 12
        new(
            "Émilie", "Bergeron", "Ministère de la Cybersécurité et du Numérique",
            "Émilie Bergeron est directrice des projets d'identité numérique au ministère de la " +
            "Cybersécurité et du Numérique. Elle veille à ce que l'authentification aux services " +
            "gouvernementaux demeure à la fois sûre et simple pour la population. Elle a auparavant dirigé " +
            "le service à la clientèle d'un grand organisme public.",
            "Émilie Bergeron is Director of Digital Identity Projects at the Ministère de la Cybersécurité " +
            "et du Numérique. She makes sure that signing in to government services stays both safe and " +
            "simple for the public. She previously led customer service at a large public agency.",
            "https://www.linkedin.com/in/emilie-bergeron"),
        // 13
        new(
            "Nicolas", "Ouellet", "Sentinelle Cyberdéfense",
            "Nicolas Ouellet dirige l'équipe de réponse aux incidents de Sentinelle Cyberdéfense. Au cours " +
            "des cinq dernières années, il a accompagné plus de quarante organisations victimes de " +
            "rançongiciels. Il aime rappeler qu'un bon plan de relève se teste avant la crise, pas pendant.",
            "Nicolas Ouellet leads the incident response team at Sentinelle Cyberdéfense. Over the past " +
            "five years, he has supported more than forty organizations hit by ransomware. He likes to " +
            "point out that a good recovery plan is tested before the crisis, not during it.",
            "https://www.linkedin.com/in/nicolas-ouellet"),
        // 14
        new(
            "Annie", "Dubé", "Cégep de Sainte-Foy",
            "Annie Dubé enseigne en Techniques de l'informatique au Cégep de Sainte-Foy depuis quinze ans. " +
            "Elle coordonne les stages en alternance travail-études et entretient des liens étroits avec " +
            "les employeurs de la région. Elle s'intéresse à la place des femmes dans les métiers du " +
            "numérique.",
            "Annie Dubé has taught in the computer science technology program at Cégep de Sainte-Foy for " +
            "fifteen years. She coordinates co-op work terms and maintains close ties with employers in the " +
            "region. She is interested in the place of women in digital careers.",
            "https://www.linkedin.com/in/annie-dube"),
        // 15
        new(
            "Patrick", "Girard", "Groupe Altitude TI",
            "Patrick Girard est associé chez Groupe Altitude TI, où il aide des organisations publiques à " +
            "passer d'une gestion par projets à une gestion par produits. Ancien gestionnaire de projets au " +
            "gouvernement, il connaît bien les contraintes budgétaires et contractuelles de l'État.",
            "Patrick Girard is a partner at Groupe Altitude TI, where he helps public organizations move " +
            "from project-based to product-based management. A former government project manager, he knows " +
            "the budget and procurement constraints of the public sector well.",
            "https://www.linkedin.com/in/patrick-girard"),
        // 16
        new(
            "Valérie", "Poulin", "Lumen Données",
            "Valérie Poulin est conseillère principale en gouvernance des données chez Lumen Données. " +
            "Avocate de formation, elle fait le pont entre les exigences juridiques sur les renseignements " +
            "personnels et les équipes techniques. Elle a accompagné une trentaine d'organisations dans " +
            "leur mise en conformité.",
            "Valérie Poulin is a senior data governance advisor at Lumen Données. A lawyer by training, she " +
            "bridges the gap between legal requirements on personal information and technical teams. She " +
            "has helped some thirty organizations achieve compliance.",
            "https://www.linkedin.com/in/valerie-poulin"),
        // 17
        new(
            "David", "Chen", "Nordvent Infonuagique",
            "David Chen dirige la pratique de gestion financière de l'infonuagique chez Nordvent " +
            "Infonuagique. Analyste financier devenu architecte, il aide les organisations à comprendre et " +
            "à réduire leur facture infonuagique sans nuire à la performance.",
            "David Chen leads the cloud financial management (FinOps) practice at Nordvent Infonuagique. A " +
            "financial analyst turned architect, he helps organizations understand and reduce their cloud " +
            "bill without hurting performance.",
            "https://www.linkedin.com/in/david-chen"),
        // 18
        new(
            "Karine", "Nadeau", "Hydrolux Énergie",
            "Karine Nadeau est spécialiste de la sécurité des systèmes de contrôle industriels chez " +
            "Hydrolux Énergie. Ingénieure électrique de formation, elle protège des installations où une " +
            "panne informatique peut avoir des conséquences bien réelles. Elle milite pour un rapprochement " +
            "entre les équipes des TI et celles de l'exploitation.",
            "Karine Nadeau is an industrial control systems security specialist at Hydrolux Énergie. An " +
            "electrical engineer by training, she protects facilities where an IT outage can have very real " +
            "consequences. She advocates for closer ties between IT and operations teams.",
            "https://www.linkedin.com/in/karine-nadeau"),
        // 19
        new(
            "Sébastien", "Caron", "Boréal Logiciel",
            "Sébastien Caron est responsable de l'assurance qualité chez Boréal Logiciel. Il a automatisé " +
            "les tests de plusieurs applications patrimoniales, souvent sans documentation ni tests " +
            "existants. Il enseigne aussi le développement sécurisé en formation continue.",
            "Sébastien Caron heads quality assurance at Boréal Logiciel. He has automated the testing of " +
            "several legacy applications, often with no documentation and no existing tests. He also " +
            "teaches secure development in continuing education.",
            "https://www.linkedin.com/in/sebastien-caron"),
        // 20
        new(
            "Mélanie", "Giroux", "Ville de Lévis",
            "Mélanie Giroux est coordonnatrice des services numériques à la Ville de Lévis. Elle a piloté " +
            "la refonte du portail citoyen et du traitement des requêtes en ligne. Elle croit que la " +
            "transformation numérique d'une municipalité commence par l'écoute des citoyens et des employés " +
            "de première ligne.",
            "Mélanie Giroux is Digital Services Coordinator at the Ville de Lévis. She led the redesign of " +
            "the citizen portal and of online service request handling. She believes that a city's digital " +
            "transformation starts with listening to residents and front-line staff.",
            "https://www.linkedin.com/in/melanie-giroux"),
        // 21
        new(
            "Étienne", "Paquette", "Laboratoire Perséides IA",
            "Étienne Paquette est directeur de la recherche appliquée au Laboratoire Perséides IA. Il " +
            "accompagne des entreprises québécoises dans le déploiement de solutions d'IA générative, du " +
            "prototype jusqu'à la mise en production. Il s'intéresse particulièrement à l'évaluation des " +
            "modèles de langue en français.",
            "Étienne Paquette is Director of Applied Research at Laboratoire Perséides IA. He helps Québec " +
            "companies deploy generative AI solutions, from prototype to production. He is particularly " +
            "interested in evaluating language models in French.",
            "https://www.linkedin.com/in/etienne-paquette"),
        // 22
        new(
            "Nadia", "Benali", "Observatoire québécois de l'éthique numérique",
            "Nadia Benali est directrice de l'Observatoire québécois de l'éthique numérique. Chercheuse en " +
            "éthique des technologies, elle conseille des organismes publics sur l'encadrement de " +
            "l'intelligence artificielle. Ses travaux portent sur la transparence des décisions " +
            "automatisées.",
            "Nadia Benali is Director of the Observatoire québécois de l'éthique numérique. A researcher in " +
            "technology ethics, she advises public bodies on the governance of artificial intelligence. Her " +
            "work focuses on the transparency of automated decisions.",
            "https://www.linkedin.com/in/nadia-benali"),
        // 23
        new(
            "Ryan", "O'Connor", "Fleuve Numérique",
            "Ryan O'Connor est architecte en sécurité des réseaux chez Fleuve Numérique. Originaire de " +
            "Montréal, il a travaillé à Toronto et à Ottawa avant de s'établir à Québec. Il conçoit des " +
            "architectures zéro confiance pour des organisations réparties sur plusieurs sites.",
            "Ryan O'Connor is a network security architect at Fleuve Numérique. Originally from Montréal, " +
            "he worked in Toronto and Ottawa before settling in Québec City. He designs zero trust " +
            "architectures for organizations spread across many sites.",
            "https://www.linkedin.com/in/ryan-oconnor"),
        // 24
        new(
            "Amélie", "Thibault", "Inclusio Conseil",
            "Amélie Thibault est cofondatrice d'Inclusio Conseil, une firme spécialisée en accessibilité " +
            "numérique. Elle réalise des audits selon les WCAG et forme les équipes de conception et de " +
            "développement. Elle a contribué à rendre accessibles plusieurs services en ligne " +
            "gouvernementaux et municipaux.",
            "Amélie Thibault is a co-founder of Inclusio Conseil, a firm specializing in digital " +
            "accessibility. She performs WCAG audits and trains design and development teams. She has " +
            "helped make several government and municipal online services accessible.",
            "https://www.linkedin.com/in/amelie-thibault"),
        // 25
        new(
            "Louis-Philippe", "Mercier", "Ministère des Transports et de la Mobilité durable",
            "Louis-Philippe Mercier est architecte de solutions au ministère des Transports et de la " +
            "Mobilité durable. Il mène la modernisation de systèmes centraux en service depuis plus de " +
            "trente ans. Il garde une affection particulière pour le COBOL, même s'il travaille à le " +
            "remplacer.",
            "Louis-Philippe Mercier is a solutions architect at the Ministère des Transports et de la " +
            "Mobilité durable. He leads the modernization of core systems that have been in service for " +
            "more than thirty years. He has a soft spot for COBOL, even though he is working to replace it.",
            "https://www.linkedin.com/in/louis-philippe-mercier"),
        // 26
        new(
            "Chantal", "Leblanc", "Coopérative financière Laurentienne",
            "Chantal Leblanc est directrice de la plateforme de données à la Coopérative financière " +
            "Laurentienne. Elle a dirigé la migration d'un entrepôt de données vieux de quinze ans vers une " +
            "plateforme infonuagique moderne. Elle est convaincue que la qualité des données est d'abord " +
            "une affaire d'organisation.",
            "Chantal Leblanc is Director of the Data Platform at Coopérative financière Laurentienne. She " +
            "led the migration of a fifteen-year-old data warehouse to a modern cloud platform. She is " +
            "convinced that data quality is first and foremost an organizational matter.",
            "https://www.linkedin.com/in/chantal-leblanc"),
        // 27
        new(
            "Marc-André", "Gingras", "Hexa Conseil",
            "Marc-André Gingras est architecte logiciel chez Hexa Conseil. Il conçoit des systèmes " +
            "distribués et des architectures orientées événements pour les secteurs de l'assurance et du " +
            "transport. Adepte des solutions simples, il met volontiers en garde contre les microservices " +
            "adoptés trop tôt.",
            "Marc-André Gingras is a software architect at Hexa Conseil. He designs distributed systems and " +
            "event-driven architectures for the insurance and transportation sectors. A fan of simple " +
            "solutions, he readily warns against adopting microservices too early.",
            "https://www.linkedin.com/in/marc-andre-gingras"),
        // 28
        new(
            "Priya", "Raman", "Analytica Québec",
            "Priya Raman est ingénieure en apprentissage automatique chez Analytica Québec. Arrivée de " +
            "Chennai en 2016 pour étudier à Montréal, elle a choisi de faire carrière au Québec. Elle se " +
            "spécialise dans l'industrialisation des modèles et leur surveillance en production.",
            "Priya Raman is a machine learning engineer at Analytica Québec. She came from Chennai in 2016 " +
            "to study in Montréal and chose to build her career in Québec. She specializes in " +
            "operationalizing models and monitoring them in production.",
            "https://www.linkedin.com/in/priya-raman"),
        // 29
        new(
            "Thomas", "Richard", "Coopérative Code Libre",
            "Thomas Richard est cofondateur de la Coopérative Code Libre, qui développe et maintient des " +
            "logiciels libres pour des municipalités et des organismes publics. Il plaide depuis longtemps " +
            "pour la mutualisation des développements entre organisations publiques.",
            "Thomas Richard is a co-founder of Coopérative Code Libre, which develops and maintains open " +
            "source software for municipalities and public bodies. He has long argued for sharing software " +
            "development across public organizations.",
            "https://www.linkedin.com/in/thomas-richard"),
    ];

    public static readonly DemoSession[] Sessions =
    [
        // ---- Day 0: first day ----

        // 0: keynote, 09:00-10:00, Grande salle 2000
        new(
            SessionKind.Keynote,
            "Conférence d'ouverture : des services publics numériques à la hauteur des attentes des citoyens",
            "Opening keynote: digital public services that live up to citizens' expectations",
            "Comment offrir à la population des services en ligne aussi simples que ceux qu'elle utilise " +
            "tous les jours? Geneviève Tremblay fait le point sur la transformation numérique de l'État " +
            "québécois, ses réussites comme ses échecs. Elle présente les priorités des prochaines années : " +
            "services proactifs, identité numérique et mutualisation des infrastructures.",
            "How can government offer online services as simple as the ones people use every day? Geneviève " +
            "Tremblay takes stock of the digital transformation of the Québec government, its successes and " +
            "its failures alike. She presents the priorities for the coming years: proactive services, " +
            "digital identity and shared infrastructure.",
            Track: 3, Speakers: [0], Day: 0, Start: new(9, 0), DurationMinutes: 60, Room: 0, SeatLimit: null),
        // 1: talk, 10:15-11:05, Grande salle 2000
        new(
            SessionKind.Talk,
            "Migrer 200 applications vers l'infonuagique sans perdre le contrôle",
            "Moving 200 applications to the cloud without losing control",
            "Une migration vers l'infonuagique ne se résume pas à déplacer des serveurs. À partir d'un " +
            "portefeuille réel de 200 applications, Mathieu Gagnon présente la méthode utilisée pour " +
            "classer, prioriser et migrer chaque système. Il aborde aussi les zones d'accueil, la " +
            "gouvernance des coûts et les erreurs à éviter.",
            "A cloud migration is about much more than moving servers. Drawing on a real portfolio of 200 " +
            "applications, Mathieu Gagnon presents the method used to classify, prioritize and migrate each " +
            "system. He also covers landing zones, cost governance and the mistakes to avoid.",
            Track: 0, Speakers: [1], Day: 0, Start: new(10, 15), DurationMinutes: 50, Room: 0, SeatLimit: null),
        // 2: talk, 10:15-11:05, Salle 2105AB
        new(
            SessionKind.Talk,
            "Hameçonnage par courriel : anatomie d'une campagne ciblée",
            "Email phishing: anatomy of a targeted campaign",
            "Les courriels d'hameçonnage ne sont plus truffés de fautes : ils sont personnalisés, bien " +
            "rédigés et parfois générés par l'IA. Isabelle Côté décortique une campagne réelle visant des " +
            "organismes publics québécois, de la reconnaissance jusqu'au vol d'identifiants. Vous " +
            "repartirez avec des mesures concrètes pour protéger votre personnel.",
            "Phishing emails are no longer riddled with mistakes: they are personalized, well written and " +
            "sometimes generated by AI. Isabelle Côté dissects a real campaign aimed at Québec public " +
            "bodies, from reconnaissance to credential theft. You will leave with concrete measures to " +
            "protect your staff.",
            Track: 1, Speakers: [2], Day: 0, Start: new(10, 15), DurationMinutes: 50, Room: 1, SeatLimit: null),
        // 3: talk, 10:15-11:05, Salle 301A
        new(
            SessionKind.Talk,
            "Accessibilité numérique : de l'audit ponctuel à la culture d'équipe",
            "Digital accessibility: from one-off audits to a team culture",
            "Un audit d'accessibilité en fin de projet coûte cher et arrive souvent trop tard. Catherine " +
            "Pelletier et Amélie Thibault expliquent comment intégrer l'accessibilité à chaque étape, de la " +
            "conception aux tests. Elles présentent les outils, les rôles et les indicateurs qui ont fait " +
            "la différence dans le réseau de la santé.",
            "An accessibility audit at the end of a project is expensive and often comes too late. " +
            "Catherine Pelletier and Amélie Thibault explain how to build accessibility into every stage, " +
            "from design to testing. They present the tools, roles and metrics that made the difference in " +
            "the health network.",
            Track: 3, Speakers: [4, 24], Day: 0, Start: new(10, 15), DurationMinutes: 50, Room: 2, SeatLimit: null),
        // 4: workshop, 10:15-11:45, Salle 205A
        new(
            SessionKind.Workshop,
            "Atelier : ajouter des tests automatisés à une application .NET patrimoniale",
            "Workshop: adding automated tests to a legacy .NET application",
            "Dans cet atelier pratique, vous partirez d'une application .NET réelle dépourvue de tests pour " +
            "la doter d'un filet de sécurité. Vous écrirez des tests de caractérisation, des tests " +
            "d'intégration sur une base de données jetable et une chaîne d'intégration continue. Apportez " +
            "votre ordinateur portable avec le SDK .NET installé.",
            "In this hands-on workshop, you will take a real .NET application with no tests at all and give " +
            "it a safety net. You will write characterization tests, integration tests against a throwaway " +
            "database and a continuous integration pipeline. Bring your laptop with the .NET SDK installed.",
            Track: 3, Speakers: [5, 19], Day: 0, Start: new(10, 15), DurationMinutes: 90, Room: 6, SeatLimit: 50),
        // 5: talk, 11:15-12:00, Grande salle 2000
        new(
            SessionKind.Talk,
            "Apprentissage automatique et français québécois : pièges et bonnes pratiques",
            "Machine learning and Québec French: pitfalls and good practices",
            "La plupart des modèles de langue apprennent surtout de l'anglais, et bien peu du français tel " +
            "qu'on le parle au Québec. Olivier Bouchard présente des résultats de recherche sur la " +
            "classification de courriels et de demandes citoyennes rédigés en français québécois. Il " +
            "propose des pratiques simples pour constituer des jeux de données représentatifs et évaluer " +
            "honnêtement les modèles.",
            "Most language models learn mainly from English, and very little from French as it is spoken in " +
            "Québec. Olivier Bouchard presents research results on classifying emails and citizen requests " +
            "written in Québec French. He suggests simple practices for building representative datasets " +
            "and evaluating models honestly.",
            Track: 2, Speakers: [3], Day: 0, Start: new(11, 15), DurationMinutes: 45, Room: 0, SeatLimit: null),
        // 6: talk, 11:15-12:00, Salle 2105AB
        new(
            SessionKind.Talk,
            "Parler de risque cyber au conseil d'administration",
            "Talking cyber risk with the board of directors",
            "Les administrateurs veulent savoir si l'organisation est protégée, pas combien de correctifs " +
            "ont été appliqués. Marie-Ève Fortin explique comment elle a transformé ses indicateurs " +
            "techniques en un tableau de bord du risque que le conseil comprend. Elle partage aussi les " +
            "questions les plus difficiles qu'on lui a posées.",
            "Board members want to know whether the organization is protected, not how many patches were " +
            "applied. Marie-Ève Fortin explains how she turned her technical indicators into a risk " +
            "dashboard the board can understand. She also shares the toughest questions she has been asked.",
            Track: 1, Speakers: [6], Day: 0, Start: new(11, 15), DurationMinutes: 45, Room: 1, SeatLimit: null),
        // 7: talk, 11:15-12:00, Salle 302B
        new(
            SessionKind.Talk,
            "Architecture d'entreprise municipale : rationaliser 300 applications",
            "Municipal enterprise architecture: rationalizing 300 applications",
            "Permis, taxation, déneigement, loisirs : une ville exploite une multitude de systèmes souvent " +
            "isolés les uns des autres. Jean-François Bélanger présente la démarche qui a permis à la Ville " +
            "de Québec de cartographier son parc applicatif et de prioriser ses investissements. Il montre " +
            "comment cette cartographie guide aujourd'hui la refonte des services en ligne.",
            "Permits, taxes, snow removal, recreation: a city runs a multitude of systems that are often " +
            "isolated from one another. Jean-François Bélanger presents the approach that allowed the Ville " +
            "de Québec to map its application portfolio and prioritize its investments. He shows how this " +
            "map now guides the redesign of online services.",
            Track: 3, Speakers: [7], Day: 0, Start: new(11, 15), DurationMinutes: 45, Room: 3, SeatLimit: null),
        // 8: talk, 13:30-14:20, Grande salle 2000
        new(
            SessionKind.Talk,
            "Financer des produits plutôt que des projets dans l'administration publique",
            "Funding products rather than projects in government",
            "Les projets se terminent, mais les services numériques, eux, doivent évoluer en continu. " +
            "Patrick Girard montre comment trois organisations publiques ont adopté une gestion par " +
            "produits, avec des équipes stables et un financement récurrent. Il aborde franchement les " +
            "obstacles budgétaires, contractuels et culturels.",
            "Projects end, but digital services have to keep evolving. Patrick Girard shows how three " +
            "public organizations adopted product-based management, with stable teams and recurring " +
            "funding. He speaks frankly about the budgetary, contractual and cultural obstacles.",
            Track: 3, Speakers: [15], Day: 0, Start: new(13, 30), DurationMinutes: 50, Room: 0, SeatLimit: null),
        // 9: talk, 13:30-14:20, Salle 2105AB
        new(
            SessionKind.Talk,
            "Rançongiciel : 72 heures dans une cellule de crise",
            "Ransomware: 72 hours inside a crisis unit",
            "Un vendredi soir, tous les serveurs d'une organisation de 2000 employés affichent une demande " +
            "de rançon. Nicolas Ouellet revient, heure par heure, sur la gestion de l'incident : " +
            "confinement, communications, reprise des activités et décision de payer ou non. Une conférence " +
            "sans jargon, riche en leçons pour les gestionnaires comme pour les équipes techniques.",
            "One Friday evening, every server in a 2,000-employee organization displays a ransom demand. " +
            "Hour by hour, Nicolas Ouellet walks through how the incident was handled: containment, " +
            "communications, recovery and the decision whether to pay. A jargon-free talk with plenty of " +
            "lessons for managers and technical teams alike.",
            Track: 1, Speakers: [13], Day: 0, Start: new(13, 30), DurationMinutes: 50, Room: 1, SeatLimit: null),
        // 10: talk, 13:30-14:20, Salle 301A
        new(
            SessionKind.Talk,
            "Gouvernance des données et renseignements personnels : de la politique à la pratique",
            "Data governance and personal information: from policy to practice",
            "Avec les nouvelles obligations en matière de protection des renseignements personnels, les " +
            "organisations doivent savoir précisément quelles données elles détiennent et pourquoi. Valérie " +
            "Poulin présente une démarche pragmatique : inventaire, classification, évaluation des facteurs " +
            "relatifs à la vie privée et calendrier de conservation. Exemples concrets à l'appui, elle " +
            "montre comment rapprocher juristes et équipes de données.",
            "With new obligations for the protection of personal information, organizations must know " +
            "exactly what data they hold and why. Valérie Poulin presents a pragmatic approach: inventory, " +
            "classification, privacy impact assessment and retention schedule. With concrete examples, she " +
            "shows how to bring lawyers and data teams together.",
            Track: 2, Speakers: [16], Day: 0, Start: new(13, 30), DurationMinutes: 50, Room: 2, SeatLimit: null),
        // 11: workshop, 13:30-15:30, Salle 205A
        new(
            SessionKind.Workshop,
            "Atelier : tester l'accessibilité de vos formulaires avec un lecteur d'écran",
            "Workshop: testing your forms for accessibility with a screen reader",
            "Rien ne remplace l'expérience d'un formulaire parcouru au clavier et avec un lecteur d'écran. " +
            "Guidés par Amélie Thibault, vous testerez des formulaires gouvernementaux types avec NVDA et " +
            "VoiceOver, repérerez les obstacles et apprendrez à les corriger. Apportez votre ordinateur " +
            "portable et des écouteurs.",
            "Nothing beats the experience of filling in a form with a keyboard and a screen reader. Guided " +
            "by Amélie Thibault, you will test typical government forms with NVDA and VoiceOver, spot the " +
            "barriers and learn how to fix them. Bring your laptop and headphones.",
            Track: 3, Speakers: [24], Day: 0, Start: new(13, 30), DurationMinutes: 120, Room: 6, SeatLimit: 50),
        // 12: workshop, 13:30-15:00, Salle 205B
        new(
            SessionKind.Workshop,
            "Atelier : modéliser les menaces d'une application Web",
            "Workshop: threat modelling a web application",
            "La modélisation des menaces permet de repérer les failles de conception avant même d'écrire la " +
            "première ligne de code. En petites équipes, vous analyserez l'architecture d'un service en " +
            "ligne fictif à l'aide de la méthode STRIDE. Vous repartirez avec un gabarit réutilisable pour " +
            "vos propres projets.",
            "Threat modelling lets you find design flaws before the first line of code is even written. " +
            "Working in small teams, you will analyse the architecture of a fictional online service using " +
            "the STRIDE method. You will leave with a reusable template for your own projects.",
            Track: 1, Speakers: [2], Day: 0, Start: new(13, 30), DurationMinutes: 90, Room: 7, SeatLimit: 40),
        // 13: talk, 14:30-15:20, Grande salle 2000
        new(
            SessionKind.Talk,
            "IA générative en entreprise : du prototype à la production",
            "Generative AI in the enterprise: from prototype to production",
            "Construire le prototype d'un agent conversationnel prend une journée; le mettre en production " +
            "de façon fiable prend des mois. Étienne Paquette partage les leçons de dix déploiements réels " +
            ": génération augmentée par récupération, évaluation de la qualité des réponses, coûts et " +
            "garde-fous. Il explique aussi quand il vaut mieux se passer de l'IA générative.",
            "Building a chatbot prototype takes a day; putting it into production reliably takes months. " +
            "Étienne Paquette shares lessons from ten real deployments: retrieval-augmented generation, " +
            "answer quality evaluation, costs and guardrails. He also explains when it is better to do " +
            "without generative AI.",
            Track: 2, Speakers: [21], Day: 0, Start: new(14, 30), DurationMinutes: 50, Room: 0, SeatLimit: null),
        // 14: talk, 14:30-15:20, Salle 303
        new(
            SessionKind.Talk,
            "Maîtriser sa facture infonuagique sans freiner l'innovation",
            "Taming your cloud bill without slowing innovation",
            "La facture infonuagique augmente souvent plus vite que l'usage réel. David Chen présente les " +
            "pratiques de gestion financière de l'infonuagique qui ont permis à plusieurs clients de " +
            "réduire leurs coûts de 30 % : étiquetage, budgets par équipe, réservations et arrêt " +
            "automatique des environnements inutilisés. Il montre comment responsabiliser les équipes sans " +
            "les ralentir.",
            "Cloud bills often grow faster than actual usage. David Chen presents the cloud financial " +
            "management (FinOps) practices that cut costs by 30% for several clients: tagging, per-team " +
            "budgets, reservations and automatic shutdown of idle environments. He shows how to make teams " +
            "accountable without slowing them down.",
            Track: 0, Speakers: [17], Day: 0, Start: new(14, 30), DurationMinutes: 50, Room: 4, SeatLimit: null),
        // 15: talk, 15:30-16:15, Salle 2105AB
        new(
            SessionKind.Talk,
            "Sécuriser les systèmes industriels d'un réseau électrique",
            "Securing the industrial systems of a power grid",
            "Dans un poste électrique, on n'applique pas un correctif de sécurité un mardi soir comme sur " +
            "un poste de travail. Karine Nadeau présente les particularités de la sécurité des technologies " +
            "opérationnelles : équipements vieillissants, protocoles non chiffrés et exigences de " +
            "disponibilité. Elle explique comment son équipe a segmenté le réseau et mis en place une " +
            "surveillance adaptée.",
            "In an electrical substation, you do not apply a security patch on a Tuesday evening the way " +
            "you would on a workstation. Karine Nadeau presents what makes operational technology security " +
            "different: ageing equipment, unencrypted protocols and strict availability requirements. She " +
            "explains how her team segmented the network and set up suitable monitoring.",
            Track: 1, Speakers: [18], Day: 0, Start: new(15, 30), DurationMinutes: 45, Room: 1, SeatLimit: null),
        // 16: talk, 15:30-16:15, Salle 301A
        new(
            SessionKind.Talk,
            "Le 311 numérique : repenser les requêtes citoyennes d'une municipalité",
            "Digital 311: rethinking service requests in a municipality",
            "Nid-de-poule, collecte oubliée, lampadaire brisé : chaque requête citoyenne est une occasion " +
            "de gagner ou de perdre la confiance de la population. Mélanie Giroux raconte la refonte du " +
            "traitement des requêtes à la Ville de Lévis, du formulaire en ligne jusqu'au suivi par les " +
            "équipes sur le terrain. Elle présente les résultats après un an et ce qu'elle ferait " +
            "autrement.",
            "Potholes, missed collections, broken streetlights: every service request is a chance to gain " +
            "or lose residents' trust. Mélanie Giroux tells the story of the redesign of service request " +
            "handling at the Ville de Lévis, from the online form to follow-up by field crews. She presents " +
            "the results after one year and what she would do differently.",
            Track: 3, Speakers: [20], Day: 0, Start: new(15, 30), DurationMinutes: 45, Room: 2, SeatLimit: null),

        // ---- Day 1: second day ----

        // 17: keynote, 09:00-09:45, Grande salle 2000
        new(
            SessionKind.Keynote,
            "Conférence d'ouverture : une intelligence artificielle digne de confiance au service du public",
            "Opening keynote: trustworthy artificial intelligence in the service of the public",
            "L'intelligence artificielle promet des services plus rapides et mieux adaptés, mais elle " +
            "soulève aussi des questions de transparence, d'équité et de responsabilité. Nadia Benali " +
            "propose des repères concrets pour encadrer les décisions automatisées dans les organisations " +
            "publiques et privées. Elle plaide pour une IA expliquée aux citoyens, et non seulement aux " +
            "experts.",
            "Artificial intelligence promises faster and better-tailored services, but it also raises " +
            "questions of transparency, fairness and accountability. Nadia Benali offers concrete " +
            "guideposts for governing automated decisions in public and private organizations. She argues " +
            "for AI that is explained to citizens, not just to experts.",
            Track: 2, Speakers: [22], Day: 1, Start: new(9, 0), DurationMinutes: 45, Room: 0, SeatLimit: null),
        // 18: talk, 10:15-11:05, Grande salle 2000
        new(
            SessionKind.Talk,
            "Architectures orientées événements : quand et comment les adopter",
            "Event-driven architectures: when and how to adopt them",
            "Les architectures orientées événements promettent découplage et évolutivité, mais elles " +
            "introduisent aussi de nouvelles formes de complexité. Marc-André Gingras présente des cas " +
            "réels en assurance et en transport, y compris un projet où il a fallu faire marche arrière. " +
            "Vous repartirez avec des critères clairs pour décider si l'approche convient à votre contexte.",
            "Event-driven architectures promise decoupling and scalability, but they also introduce new " +
            "kinds of complexity. Marc-André Gingras presents real cases from insurance and transportation, " +
            "including one project that had to be rolled back. You will leave with clear criteria for " +
            "deciding whether the approach suits your context.",
            Track: 0, Speakers: [27], Day: 1, Start: new(10, 15), DurationMinutes: 50, Room: 0, SeatLimit: null),
        // 19: talk, 10:15-11:05, Salle 2105AB
        new(
            SessionKind.Talk,
            "Sécurité zéro confiance : au-delà du slogan",
            "Zero trust: beyond the slogan",
            "Tout le monde affirme adopter le modèle zéro confiance, mais peu d'organisations savent par où " +
            "commencer. Ryan O'Connor présente une feuille de route réaliste pour une organisation répartie " +
            "sur plusieurs sites : identités, appareils, segmentation et accès aux applications. Il insiste " +
            "sur les gains rapides et sur les pièges qui coûtent cher.",
            "Everyone claims to be adopting zero trust, but few organizations know where to start. Ryan " +
            "O'Connor presents a realistic roadmap for an organization spread across many sites: " +
            "identities, devices, segmentation and application access. He focuses on quick wins and on the " +
            "pitfalls that prove costly.",
            Track: 1, Speakers: [23], Day: 1, Start: new(10, 15), DurationMinutes: 50, Room: 1, SeatLimit: null),
        // 20: talk, 10:15-11:05, Salle 301A
        new(
            SessionKind.Talk,
            "Surveiller ses modèles d'apprentissage automatique en production",
            "Monitoring machine learning models in production",
            "Un modèle performant le jour de son déploiement peut se dégrader sans bruit quelques mois plus " +
            "tard. Priya Raman montre comment détecter la dérive des données, mesurer la performance réelle " +
            "et automatiser le réentraînement. Elle présente une plateforme construite avec des outils " +
            "libres et déployée chez un assureur québécois.",
            "A model that performs well on deployment day can quietly degrade a few months later. Priya " +
            "Raman shows how to detect data drift, measure real-world performance and automate retraining. " +
            "She presents a platform built with open source tools and deployed at a Québec insurer.",
            Track: 2, Speakers: [28], Day: 1, Start: new(10, 15), DurationMinutes: 50, Room: 2, SeatLimit: null),
        // 21: workshop, 10:15-11:45, Salle 205A
        new(
            SessionKind.Workshop,
            "Atelier : explorer des données ouvertes avec Python",
            "Workshop: exploring open data with Python",
            "À partir de jeux de données ouverts publiés par des municipalités québécoises, vous apprendrez " +
            "à nettoyer, analyser et visualiser des données avec Python et pandas. L'atelier convient aux " +
            "analystes qui maîtrisent Excel et souhaitent aller plus loin. Des carnets Jupyter prêts à " +
            "l'emploi seront fournis.",
            "Using open datasets published by Québec municipalities, you will learn to clean, analyse and " +
            "visualize data with Python and pandas. The workshop suits analysts who are comfortable with " +
            "Excel and want to go further. Ready-to-use Jupyter notebooks will be provided.",
            Track: 2, Speakers: [8], Day: 1, Start: new(10, 15), DurationMinutes: 90, Room: 6, SeatLimit: 55),
        // 22: workshop, 10:15-11:45, Salle 205B
        new(
            SessionKind.Workshop,
            "Atelier : premiers pas avec Kubernetes",
            "Workshop: getting started with Kubernetes",
            "Conçu pour les personnes qui n'ont jamais utilisé Kubernetes, cet atelier vous fait déployer " +
            "pas à pas une application dans une grappe de test. Vous verrez les déploiements, les services, " +
            "la configuration et les mises à jour progressives. Un environnement prêt à l'emploi vous sera " +
            "fourni; seul un navigateur Web est requis.",
            "Designed for people who have never used Kubernetes, this workshop walks you step by step " +
            "through deploying an application to a test cluster. You will cover deployments, services, " +
            "configuration and rolling updates. A ready-to-use environment is provided; all you need is a " +
            "web browser.",
            Track: 0, Speakers: [11], Day: 1, Start: new(10, 15), DurationMinutes: 90, Room: 7, SeatLimit: 40),
        // 23: talk, 11:15-12:00, Grande salle 2000
        new(
            SessionKind.Talk,
            "Moderniser un système central de trente ans sans interrompre le service",
            "Modernizing a thirty-year-old core system without interrupting service",
            "Remplacer d'un seul coup un système central écrit en COBOL est un pari risqué. Louis-Philippe " +
            "Mercier présente l'approche progressive retenue : encapsulation par des API, migration des " +
            "données par lots et remplacement module par module. Il partage les résultats à mi-parcours et " +
            "les leçons tirées avec les équipes d'exploitation.",
            "Replacing a COBOL core system in one go is a risky bet. Louis-Philippe Mercier presents the " +
            "incremental approach chosen: wrapping with APIs, batch data migration and module-by-module " +
            "replacement. He shares the results at the halfway point and the lessons learned with the " +
            "operations teams.",
            Track: 3, Speakers: [25], Day: 1, Start: new(11, 15), DurationMinutes: 45, Room: 0, SeatLimit: null),
        // 24: talk, 11:15-12:00, Salle 2105AB
        new(
            SessionKind.Talk,
            "Identité numérique citoyenne : sûre, simple et inclusive",
            "Citizen digital identity: safe, simple and inclusive",
            "L'authentification aux services gouvernementaux doit protéger les renseignements de la " +
            "population sans exclure personne. Émilie Bergeron présente les choix faits pour le service " +
            "d'identité numérique : niveaux de confiance, authentification multifacteur et solutions de " +
            "rechange pour les personnes sans téléphone intelligent. Elle partage les données d'utilisation " +
            "et les principaux irritants relevés.",
            "Signing in to government services must protect people's information without leaving anyone " +
            "out. Émilie Bergeron presents the choices made for the digital identity service: assurance " +
            "levels, multi-factor authentication and alternatives for people without a smartphone. She " +
            "shares usage data and the main pain points identified.",
            Track: 1, Speakers: [12], Day: 1, Start: new(11, 15), DurationMinutes: 45, Room: 1, SeatLimit: null),
        // 25: talk, 11:15-12:00, Salle 301A
        new(
            SessionKind.Talk,
            "Faire circuler les données cliniques entre établissements de santé",
            "Sharing clinical data between health care institutions",
            "Une patiente transférée d'un hôpital à un autre ne devrait pas avoir à raconter son histoire " +
            "trois fois. Julie Gauthier présente le projet d'interopérabilité mené dans la région de la " +
            "Capitale-Nationale avec la norme FHIR. Elle aborde les défis techniques, mais surtout les " +
            "enjeux de gouvernance et de consentement.",
            "A patient transferred from one hospital to another should not have to tell their story three " +
            "times. Julie Gauthier presents the interoperability project carried out in the " +
            "Capitale-Nationale region using the FHIR standard. She covers the technical challenges, but " +
            "above all the governance and consent issues.",
            Track: 2, Speakers: [10], Day: 1, Start: new(11, 15), DurationMinutes: 45, Room: 2, SeatLimit: null),
        // 26: talk, 13:30-14:20, Grande salle 2000
        new(
            SessionKind.Talk,
            "D'un entrepôt de données vieillissant à une plateforme de données moderne",
            "From an ageing data warehouse to a modern data platform",
            "Après quinze ans de bons et loyaux services, l'entrepôt de données de la coopérative ne " +
            "suffisait plus. Chantal Leblanc raconte une migration de deux ans vers une plateforme " +
            "infonuagique : architecture, qualité des données, sécurité et accompagnement des utilisateurs. " +
            "Elle insiste sur ce qui a été le plus difficile : changer les habitudes.",
            "After fifteen years of loyal service, the cooperative's data warehouse was no longer enough. " +
            "Chantal Leblanc recounts a two-year migration to a cloud platform: architecture, data quality, " +
            "security and user support. She dwells on what proved hardest: changing habits.",
            Track: 2, Speakers: [26], Day: 1, Start: new(13, 30), DurationMinutes: 50, Room: 0, SeatLimit: null),
        // 27: talk, 13:30-14:20, Salle 2105AB
        new(
            SessionKind.Talk,
            "Observabilité : passer du bruit des alertes aux objectifs de niveau de service",
            "Observability: from alert noise to service level objectives",
            "Quand les alertes se comptent par centaines chaque jour, plus personne ne les lit. Simon Morin " +
            "montre comment définir des objectifs de niveau de service centrés sur l'expérience des " +
            "utilisateurs et s'en servir pour alerter, prioriser et décider. Démonstrations à l'appui avec " +
            "OpenTelemetry et des outils libres.",
            "When alerts number in the hundreds every day, nobody reads them anymore. Simon Morin shows how " +
            "to define service level objectives centred on user experience and use them to alert, " +
            "prioritize and decide. Includes demonstrations with OpenTelemetry and open source tools.",
            Track: 0, Speakers: [9], Day: 1, Start: new(13, 30), DurationMinutes: 50, Room: 1, SeatLimit: null),
        // 28: talk, 13:30-14:20, Salle 304A
        new(
            SessionKind.Talk,
            "Former la relève en TI : cégeps et employeurs main dans la main",
            "Training the next generation of IT talent: colleges and employers hand in hand",
            "La pénurie de main-d'œuvre en TI ne se réglera pas sans une collaboration étroite entre les " +
            "établissements d'enseignement et les employeurs. Annie Dubé présente des modèles d'alternance " +
            "travail-études qui fonctionnent, avec des témoignages d'étudiantes, d'étudiants et de " +
            "gestionnaires. Elle propose des pistes pour attirer davantage de femmes dans le domaine.",
            "The IT labour shortage will not be solved without close collaboration between schools and " +
            "employers. Annie Dubé presents co-op work-study models that work, with testimonials from " +
            "students and managers. She suggests ways to attract more women to the field.",
            Track: 3, Speakers: [14], Day: 1, Start: new(13, 30), DurationMinutes: 50, Room: 5, SeatLimit: null),
        // 29: workshop, 13:30-15:30, Salle 205A
        new(
            SessionKind.Workshop,
            "Atelier : simulation sur table d'une cyberattaque",
            "Workshop: cyberattack tabletop exercise",
            "Votre organisation est-elle prête à réagir à une cyberattaque majeure? Dans cet exercice de " +
            "simulation sur table, vous jouerez le rôle de la cellule de crise d'une organisation fictive " +
            "et prendrez des décisions sous pression au fil d'un scénario réaliste. L'atelier s'adresse " +
            "autant aux gestionnaires qu'aux équipes techniques; aucun ordinateur n'est requis.",
            "Is your organization ready to respond to a major cyberattack? In this tabletop exercise, you " +
            "will play the crisis unit of a fictional organization and make decisions under pressure as a " +
            "realistic scenario unfolds. The workshop is aimed at managers and technical teams alike; no " +
            "computer is required.",
            Track: 1, Speakers: [13, 6], Day: 1, Start: new(13, 30), DurationMinutes: 120, Room: 6, SeatLimit: 55),
        // 30: talk, 14:30-15:20, Grande salle 2000
        new(
            SessionKind.Talk,
            "Logiciel libre dans l'administration publique : mutualiser plutôt que réinventer",
            "Open source in government: share instead of reinventing",
            "Chaque municipalité développe ou achète son propre outil de gestion des permis, alors que " +
            "leurs besoins se ressemblent beaucoup. Thomas Richard et Alexandre Lavoie présentent des " +
            "exemples de mutualisation réussie grâce au logiciel libre, ici comme ailleurs. Ils abordent la " +
            "gouvernance, le financement, les licences et les façons de contribuer.",
            "Every municipality builds or buys its own permit management tool, even though their needs are " +
            "very similar. Thomas Richard and Alexandre Lavoie present examples of successful sharing " +
            "through open source, here and elsewhere. They cover governance, funding, licensing and the " +
            "ways to contribute.",
            Track: 3, Speakers: [29, 5], Day: 1, Start: new(14, 30), DurationMinutes: 50, Room: 0, SeatLimit: null),
        // 31: talk, 14:30-15:20, Salle 301A
        new(
            SessionKind.Talk,
            "Souveraineté des données : héberger au Québec à l'ère de l'infonuagique",
            "Data sovereignty: keeping cloud workloads in Québec",
            "Où se trouvent réellement vos données, et quelles lois s'y appliquent? Mathieu Gagnon démêle " +
            "les notions de résidence des données, de souveraineté et de contrôle des clés de chiffrement. " +
            "Il compare les options offertes par les fournisseurs infonuagiques et les centres de données " +
            "québécois, avec leurs avantages et leurs limites.",
            "Where does your data actually reside, and which laws apply to it? Mathieu Gagnon untangles the " +
            "notions of data residency, sovereignty and control of encryption keys. He compares the options " +
            "offered by cloud providers and Québec data centres, with their advantages and limitations.",
            Track: 0, Speakers: [1], Day: 1, Start: new(14, 30), DurationMinutes: 50, Room: 2, SeatLimit: null),
        // 32: talk, 15:30-16:15, Salle 2105AB
        new(
            SessionKind.Talk,
            "Les grands modèles de langue comprennent-ils le français québécois?",
            "Do large language models understand Québec French?",
            "Expressions régionales, anglicismes, sacres : les grands modèles de langue s'en tirent-ils " +
            "aussi bien en français québécois qu'en anglais? Étienne Paquette et Olivier Bouchard " +
            "présentent les résultats d'une évaluation comparative menée sur des demandes citoyennes " +
            "réelles et anonymisées. Ils proposent des façons simples de tester un modèle avant de " +
            "l'adopter.",
            "Regional expressions, anglicisms, swear words: do large language models handle Québec French " +
            "as well as English? Étienne Paquette and Olivier Bouchard present the results of a benchmark " +
            "run on real, anonymized citizen requests. They suggest simple ways to test a model before " +
            "adopting it.",
            Track: 2, Speakers: [21, 3], Day: 1, Start: new(15, 30), DurationMinutes: 45, Room: 1, SeatLimit: null),
        // 33: talk, 15:30-16:15, Salle 303
        new(
            SessionKind.Talk,
            "Intégrer la sécurité à la chaîne de livraison logicielle",
            "Building security into the software delivery pipeline",
            "Analyse des dépendances, détection des secrets, signature des artefacts : la sécurité " +
            "s'automatise au même titre que les tests. Sébastien Caron et Ryan O'Connor montrent comment " +
            "ajouter ces contrôles à une chaîne d'intégration continue existante sans exaspérer les équipes " +
            "de développement. Ils présentent aussi les attaques contre la chaîne d'approvisionnement " +
            "logicielle qui ont motivé ces pratiques.",
            "Dependency scanning, secret detection, artifact signing: security can be automated just like " +
            "testing. Sébastien Caron and Ryan O'Connor show how to add these controls to an existing " +
            "continuous integration pipeline without exasperating development teams. They also present the " +
            "software supply chain attacks that prompted these practices.",
            Track: 1, Speakers: [19, 23], Day: 1, Start: new(15, 30), DurationMinutes: 45, Room: 4, SeatLimit: null),
    ];

    /// <summary>Employers of the demo attendees.</summary>
    public static readonly string[] Organizations =
    [
        "Ministère de la Cybersécurité et du Numérique",
        "Ministère de la Santé et des Services sociaux",
        "Ministère de l'Éducation",
        "Ministère des Transports et de la Mobilité durable",
        "Ministère de l'Emploi et de la Solidarité sociale",
        "Revenu Québec",
        "Retraite Québec",
        "Société de l'assurance automobile du Québec",
        "CIUSSS de la Capitale-Nationale",
        "CISSS de Chaudière-Appalaches",
        "Ville de Québec",
        "Ville de Lévis",
        "Ville de Montréal",
        "Ville de Sherbrooke",
        "Ville de Trois-Rivières",
        "Université Laval",
        "Université du Québec à Rimouski",
        "École de technologie supérieure",
        "Cégep de Sainte-Foy",
        "Cégep Limoilou",
        "Centre de services scolaire de la Capitale",
        "Nordvent Infonuagique",
        "Sentinelle Cyberdéfense",
        "Boréal Logiciel",
        "Hexa Conseil",
        "Fleuve Numérique",
        "Analytica Québec",
        "Lumen Données",
        "Groupe Altitude TI",
        "Coopérative financière Laurentienne",
        "Hydrolux Énergie",
        "Inclusio Conseil",
        "Coopérative Code Libre",
        "Laboratoire Perséides IA",
        "Mutuelle Cap-Diamant Assurances",
        "Solutions Manicouagan",
        "Érable Technologies",
        "Intégrations Montmorency",
        "Capitale Réseaux",
        "Infologik Beauce",
    ];

    /// <summary>Job titles of the demo attendees, in Québec French.</summary>
    public static readonly string[] JobTitles =
    [
        "Analyste en informatique",
        "Analyste d'affaires",
        "Analyste en cybersécurité",
        "Analyste en intelligence d'affaires",
        "Conseillère en sécurité de l'information",
        "Conseiller en architecture d'entreprise",
        "Conseillère en accessibilité numérique",
        "Conseiller en gestion du changement",
        "Architecte de solutions",
        "Architecte infonuagique",
        "Architecte de données",
        "Développeur principal",
        "Développeuse Web",
        "Programmeur-analyste",
        "Scientifique des données",
        "Ingénieure de données",
        "Administrateur de systèmes",
        "Administratrice de bases de données",
        "Technicienne en informatique",
        "Technicien en soutien informatique",
        "Spécialiste en expérience utilisateur",
        "Gestionnaire de projets TI",
        "Cheffe d'équipe en développement",
        "Responsable de la sécurité de l'information",
        "Directeur des ressources informationnelles",
    ];
}

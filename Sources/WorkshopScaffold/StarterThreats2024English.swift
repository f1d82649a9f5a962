// Generated from Sources/WorkshopScaffold/Catalogues/en/threats-2024.yaml — do not edit by hand.
// `workshop init` writes this text into a new site, so the tool works without
// the repository. ScaffoldTests checks it equals the repository's file byte
// for byte; to regenerate after changing the catalogue, run
// `scripts/embed-catalogues.sh`.

extension StarterCatalogues {
    /// The text of `Sources/WorkshopScaffold/Catalogues/en/threats-2024.yaml`.
    static let threats2024English = #"""
id: ipa-top10-2024-org
language: en
title: Information Security 10 Major Threats 2024 (Organizations)
title_ja: 情報セキュリティ10大脅威 2024（組織編）
source: IPA
threats:
  - id: 1
    title: Damage from ransomware
    title_ja: ランサムウェアによる被害
    summary: Ransomware encrypts the files on a computer and makes them unusable. Money is demanded for their recovery, and the data may also be published. Organizations are targeted whatever their size.
    summary_ja: ランサムウェアはコンピュータ内のファイルを暗号化し、使用できなくする攻撃です。復旧には金銭を要求され、データが公開されるリスクもあります。組織の規模に関係なく標的にされます
  - id: 2
    title: Attacks exploiting weaknesses in the supply chain
    title_ja: サプライチェーンの弱点を悪用した攻撃
    summary: Attackers target vulnerabilities of business partners and service providers, and from there break into the target's information and systems. Among other methods, viruses are planted in software updates.
    summary_ja: 取引先やサービス提供者の脆弱性を狙って攻撃を行い、そこからさらに標的の情報やシステムに侵入します。特にソフトウェアのアップデートにウイルスを仕込むなどが行われます
  - id: 3
    title: Information leaks and other damage caused by insiders
    title_ja: 内部不正による情報漏えい等の被害
    summary: Damage caused by employees or former employees taking information out of the organization without authorization. Confidential information leaks out, and the organization loses trust and suffers financial losses.
    summary_ja: 組織内の従業員や元従業員が不正に情報を持ち出すことによる被害です。これにより、機密情報が外部に流出し、組織の信用や経済的な損失が発生します
  - id: 4
    title: Theft of confidential information by targeted attacks
    title_ja: 標的型攻撃による機密情報の窃取
    summary: Attacks that infect the organization with a virus through email or websites, stay hidden inside it for a long time and steal confidential information. They are carefully crafted and use methods that put employees off their guard.
    summary_ja: メールやウェブサイトを通じてウイルスに感染させ、長期間にわたって組織内部に潜入し、機密情報を盗む攻撃です。巧妙に仕組まれ、従業員を油断させる手法が使われます
  - id: 5
    title: Attacks before a fix is released (zero-day attacks)
    title_ja: 修正プログラムの公開前を狙う攻撃（ゼロデイ攻撃）
    summary: Attacks that exploit a vulnerability before a fix (patch) for it is released. They cause service outages and large-scale damage to systems.
    summary_ja: 脆弱性に対する修正プログラム（パッチ）が公開される前に、その脆弱性を悪用する攻撃です。これにより、サービス停止や大規模なシステム被害が発生します
  - id: 6
    title: Information leaks and other damage caused by carelessness
    title_ja: 不注意による情報漏えい等の被害
    summary: Information leaks caused by employees' carelessness, such as sending an email to the wrong address or losing a device. Such mistakes lead to a loss of public trust and to financial losses.
    summary_ja: メールの宛先間違いや端末の紛失など、従業員の不注意によって発生する情報漏えいです。こうしたミスにより、社会的信用の失墜や経済的損失が発生します
  - id: 7
    title: More exploitation after vulnerability information is published
    title_ja: 脆弱性対策情報の公開に伴う悪用増加
    summary: After information about a vulnerability is published, attacks exploiting it can increase sharply. Countermeasures must be taken promptly after publication.
    summary_ja: 脆弱性に関する情報が公開された後、それを悪用した攻撃が急増することがあります。公開後に速やかに対策を講じることが求められます
  - id: 8
    title: Financial losses from business email compromise
    title_ja: ビジネスメール詐欺による金銭被害
    summary: A fraud in which emails posing as an executive or a business partner trick the organization into transferring money. It can cost the organization large sums.
    summary_ja: 経営者や取引先を装ってメールを送り、組織を騙して金銭を振り込ませる詐欺です。この詐欺により、組織は多額の損失を被る可能性があります
  - id: 9
    title: Attacks targeting new ways of working such as telework
    title_ja: テレワーク等のニューノーマルな働き方を狙った攻撃
    summary: As telework spreads, attacks targeting vulnerabilities of home working environments and remote access are increasing. Securing home networks and remote systems is important.
    summary_ja: テレワークの普及に伴い、在宅勤務環境やリモートアクセスの脆弱性を狙った攻撃が増えています。自宅のネットワークやリモートシステムのセキュリティ対策が重要です
  - id: 10
    title: Crime as a business (underground services)
    title_ja: 犯罪のビジネス化（アンダーグラウンドサービス）
    summary: Cybercrime has become a business, and the 'cybercrime business', in which criminals offer cyberattack tools and techniques as services, is growing. This lowers the bar for attacks.
    summary_ja: サイバー犯罪がビジネス化し、犯罪者がサービスとしてサイバー攻撃ツールや技術を提供する「サイバー犯罪ビジネス」が拡大しています。これにより、攻撃のハードルが下がっています

"""#
}

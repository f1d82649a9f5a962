// Generated from Content/catalogs/threats-2024.yaml — do not edit by hand.
// `workshop init` writes this text into a new site, so the tool works without
// the repository. ScaffoldTests checks it equals the repository's file byte
// for byte; to regenerate after changing the catalogue, run
// `scripts/embed-catalogues.sh`.

extension StarterCatalogues {
    /// The text of `catalogs/threats-2024.yaml`.
    static let threats2024 = #"""
id: ipa-top10-2024-org
title: 情報セキュリティ10大脅威 2024（組織編）
source: IPA
threats:
  - id: 1
    title: ランサムウェアによる被害
    summary: ランサムウェアはコンピュータ内のファイルを暗号化し、使用できなくする攻撃です。復旧には金銭を要求され、データが公開されるリスクもあります。組織の規模に関係なく標的にされます
  - id: 2
    title: サプライチェーンの弱点を悪用した攻撃
    summary: 取引先やサービス提供者の脆弱性を狙って攻撃を行い、そこからさらに標的の情報やシステムに侵入します。特にソフトウェアのアップデートにウイルスを仕込むなどが行われます
  - id: 3
    title: 内部不正による情報漏えい等の被害
    summary: 組織内の従業員や元従業員が不正に情報を持ち出すことによる被害です。これにより、機密情報が外部に流出し、組織の信用や経済的な損失が発生します
  - id: 4
    title: 標的型攻撃による機密情報の窃取
    summary: メールやウェブサイトを通じてウイルスに感染させ、長期間にわたって組織内部に潜入し、機密情報を盗む攻撃です。巧妙に仕組まれ、従業員を油断させる手法が使われます
  - id: 5
    title: 修正プログラムの公開前を狙う攻撃（ゼロデイ攻撃）
    summary: 脆弱性に対する修正プログラム（パッチ）が公開される前に、その脆弱性を悪用する攻撃です。これにより、サービス停止や大規模なシステム被害が発生します
  - id: 6
    title: 不注意による情報漏えい等の被害
    summary: メールの宛先間違いや端末の紛失など、従業員の不注意によって発生する情報漏えいです。こうしたミスにより、社会的信用の失墜や経済的損失が発生します
  - id: 7
    title: 脆弱性対策情報の公開に伴う悪用増加
    summary: 脆弱性に関する情報が公開された後、それを悪用した攻撃が急増することがあります。公開後に速やかに対策を講じることが求められます
  - id: 8
    title: ビジネスメール詐欺による金銭被害
    summary: 経営者や取引先を装ってメールを送り、組織を騙して金銭を振り込ませる詐欺です。この詐欺により、組織は多額の損失を被る可能性があります
  - id: 9
    title: テレワーク等のニューノーマルな働き方を狙った攻撃
    summary: テレワークの普及に伴い、在宅勤務環境やリモートアクセスの脆弱性を狙った攻撃が増えています。自宅のネットワークやリモートシステムのセキュリティ対策が重要です
  - id: 10
    title: 犯罪のビジネス化（アンダーグラウンドサービス）
    summary: サイバー犯罪がビジネス化し、犯罪者がサービスとしてサイバー攻撃ツールや技術を提供する「サイバー犯罪ビジネス」が拡大しています。これにより、攻撃のハードルが下がっています

"""#
}

// Generated from Content/catalogs/controls-2024.yaml — do not edit by hand.
// `workshop init` writes this text into a new site, so the tool works without
// the repository. ScaffoldTests checks it equals the repository's file byte
// for byte; to regenerate after changing the catalogue, run
// `scripts/embed-catalogues.sh`.

extension StarterCatalogues {
    /// The text of `Content/catalogs/controls-2024.yaml`.
    static let controls2024 = #"""
id: ipa-top10-2024-controls
title: 情報セキュリティ10大脅威のリスク低減管理策と実施手順
language: ja
title_en: Risk-reducing controls and implementation procedures for the 10 major information security threats
controls:
  - no: 1
    category: organizational
    iso: "5.1"
    title: 情報セキュリティのための方針群
    title_en: Policies for information security
    summary: 経営陣が承認し、全社員に周知される情報セキュリティ方針を策定・実施することで、組織全体のセキュリティ意識を統一し、適切な対応を促進する。
    summary_en: Establish and implement an information security policy approved by top management and made known to all staff, so that the whole organization shares one security awareness and responds appropriately.
    procedures:
      - id: 1-1
        text: 経営陣と協力して情報セキュリティ方針を策定し、全社に周知。
        text_en: Draw up an information security policy together with top management and make it known throughout the company.
      - id: 1-2
        text: 方針を定期的にレビューし、最新の脅威に対応。
        text_en: Review the policy regularly to keep up with the latest threats.
      - id: 1-3
        text: 方針に基づき、全社員向けのセキュリティ研修を実施。
        text_en: Hold security training for all staff based on the policy.
  - no: 2
    category: organizational
    iso: "5.7"
    title: 脅威インテリジェンス
    title_en: Threat intelligence
    summary: 脅威に関する情報の収集と分析を通じて、ランサムウェアの新たな手法やトレンドを把握し、適切なリスク軽減策を講じる。
    summary_en: Collect and analyze information about threats to keep track of new ransomware techniques and trends, and take appropriate risk-reduction measures.
    procedures:
      - id: 2-1
        text: セキュリティ情報提供サービスを契約し、脅威インテリジェンスを取得。
        text_en: Subscribe to a security information service to obtain threat intelligence.
      - id: 2-2
        text: 取得した情報を分析し、組織のリスクに応じた対応策を策定。
        text_en: Analyze the information obtained and draw up countermeasures suited to the organization's risks.
      - id: 2-3
        text: 定期的に脅威インテリジェンスを更新し、対応策の改善に活用。
        text_en: Update the threat intelligence regularly and use it to improve the countermeasures.
  - no: 3
    category: organizational
    iso: "5.19"
    title: 供給者関係における情報セキュリティ
    title_en: Information security in supplier relationships
    summary: 供給者との関係において、情報セキュリティリスクを管理し、供給者が提供する製品やサービスに対するセキュリティ対策を強化する。
    summary_en: Manage information security risks in relationships with suppliers, and strengthen security measures for the products and services they provide.
    procedures:
      - id: 3-1
        text: 供給者との契約書にセキュリティ要求事項を明確に記載。
        text_en: State security requirements clearly in contracts with suppliers.
      - id: 3-2
        text: 供給者のセキュリティ対策状況を定期的に監査。
        text_en: Audit suppliers' security measures regularly.
      - id: 3-3
        text: サプライチェーン全体のセキュリティリスクを評価し、改善提案を実施。
        text_en: Assess the security risks of the whole supply chain and propose improvements.
  - no: 4
    category: organizational
    iso: "5.23"
    title: クラウドサービス利用における情報セキュリティ
    title_en: Information security for use of cloud services
    summary: クラウドサービスの利用時に、情報の機密性、完全性、可用性を確保するための規則を定め、セキュリティリスクに対応する。
    summary_en: Set rules that ensure the confidentiality, integrity and availability of information when cloud services are used, and address the security risks.
    procedures:
      - id: 4-1
        text: クラウドサービス提供者のセキュリティ基準を確認し、リスク評価を実施。
        text_en: Check the cloud service provider's security standards and carry out a risk assessment.
      - id: 4-2
        text: クラウド利用時のアクセス制御や暗号化設定を適切に実装。
        text_en: Configure access control and encryption properly when using the cloud.
      - id: 4-3
        text: クラウド上のデータバックアップを定期的に行い、リカバリプランを策定。
        text_en: Back up data in the cloud regularly and draw up a recovery plan.
  - no: 5
    category: organizational
    iso: "5.24"
    title: 情報セキュリティインシデント管理の計画および準備
    title_en: Information security incident management planning and preparation
    summary: ランサムウェア攻撃を含むセキュリティインシデントに対する対応手順を計画し、訓練しておく。
    summary_en: Plan the response to security incidents, including ransomware attacks, and rehearse it in advance.
    procedures:
      - id: 5-1
        text: セキュリティインシデント対応手順を文書化し、全社員に周知。
        text_en: Document the security incident response procedure and make it known to all staff.
      - id: 5-2
        text: インシデント発生時の責任者を明確にし、迅速な対応を促進。
        text_en: Name who is in charge when an incident occurs, so that the response is quick.
      - id: 5-3
        text: インシデント対応訓練を定期的に行い、実効性を確認。
        text_en: Hold incident response drills regularly and confirm that they work.
  - no: 6
    category: people
    iso: "6.3"
    title: 情報セキュリティの意識向上、教育および訓練
    title_en: Information security awareness, education and training
    summary: 要員に対して定期的なランサムウェアに関するセキュリティ教育を実施し、フィッシングメールなどの手口に引っかからないように意識を高める。
    summary_en: Give personnel regular security education about ransomware and raise their awareness, so that they do not fall for tricks such as phishing emails.
    procedures:
      - id: 6-1
        text: 全社員向けに、年次セキュリティ研修を開催。
        text_en: Hold annual security training for all staff.
      - id: 6-2
        text: 役割に応じたセキュリティ意識向上プログラムを導入。
        text_en: Introduce security awareness programs suited to each role.
      - id: 6-3
        text: 定期的なフィッシングメール対策訓練を実施し、社員の反応を評価。
        text_en: Run regular phishing email drills and evaluate how staff respond.
  - no: 7
    category: people
    iso: "6.7"
    title: リモートワーク
    title_en: Remote working
    summary: リモートワーク環境でもランサムウェアから情報を保護するための対策（VPNの利用、認証強化など）を行い、遠隔地での作業にも安全な基準を適用する。
    summary_en: Take measures (a VPN, stronger authentication and so on) that protect information from ransomware in remote working environments too, and apply safe standards to work done away from the office.
    procedures:
      - id: 7-1
        text: リモートアクセスを多要素認証で保護し、不正アクセスを防止。
        text_en: Protect remote access with multi-factor authentication to prevent unauthorized access.
      - id: 7-2
        text: リモート作業用デバイスにはデータ暗号化を必須化。
        text_en: Make data encryption mandatory on devices used for remote work.
      - id: 7-3
        text: リモートワーク環境のセキュリティチェックを定期的に行う。
        text_en: Check the security of remote working environments regularly.
  - no: 8
    category: physical
    iso: "7.1"
    title: 物理的セキュリティ境界
    title_en: Physical security perimeters
    summary: 物理的なセキュリティ境界を設け、情報資産への不正な物理的アクセスや損傷を防止し、情報セキュリティを確保する。
    summary_en: Set physical security perimeters that prevent unauthorized physical access to information assets and damage to them, and so keep information secure.
    procedures:
      - id: 8-1
        text: 重要な情報資産が保管されている場所（サーバールームやオフィス）の物理的な境界を明確に設定。
        text_en: Clearly define the physical perimeter of the places where important information assets are kept (server rooms, offices).
      - id: 8-2
        text: 不正アクセス防止のため、セキュリティゲートやアクセスカードシステムを導入。
        text_en: Install security gates or an access card system to prevent unauthorized entry.
      - id: 8-3
        text: 定期的にセキュリティ境界の監査を実施し、脆弱性を特定して改善。
        text_en: Audit the security perimeters regularly to find weaknesses and fix them.
  - no: 9
    category: physical
    iso: "7.3"
    title: オフィス、部屋および施設のセキュリティ
    title_en: Securing offices, rooms and facilities
    summary: 重要な情報資産が保管されているオフィスや施設に対して、適切な物理的セキュリティ対策を施し、不正アクセスを防ぐ。
    summary_en: Apply appropriate physical security measures to the offices and facilities where important information assets are kept, to prevent unauthorized access.
    procedures:
      - id: 9-1
        text: 重要情報が保管されているオフィスや部屋に対して入退室管理を実施し、記録を保管。
        text_en: Control entry to and exit from the offices and rooms where important information is kept, and keep the records.
      - id: 9-2
        text: セキュリティカメラを設置し、常時監視体制を整える。
        text_en: Install security cameras and keep watch at all times.
      - id: 9-3
        text: オフィスや施設の鍵やアクセスカードの管理プロセスを厳格化し、不正利用を防止。
        text_en: Tighten the management of keys and access cards for offices and facilities to prevent their misuse.
  - no: 10
    category: technological
    iso: "8.2"
    title: 特権的アクセス権
    title_en: Privileged access rights
    summary: 特権的なアクセス権の割り当てと管理を適切に行い、システムへの不正アクセスや内部不正を防止する。
    summary_en: Assign and manage privileged access rights properly to prevent unauthorized access to systems and wrongdoing by insiders.
    procedures:
      - id: 10-1
        text: 特権アクセスを必要最小限に制限し、管理者アカウントを分離。
        text_en: Limit privileged access to the minimum necessary and keep administrator accounts separate.
      - id: 10-2
        text: 特権アクセスの使用を監視し、ログを定期的にレビュー。
        text_en: Monitor the use of privileged access and review its logs regularly.
      - id: 10-3
        text: 特権アクセスの利用を自動通知し、異常な使用をリアルタイムで把握。
        text_en: Send an automatic notice whenever privileged access is used, to spot abnormal use in real time.
  - no: 11
    category: technological
    iso: "8.7"
    title: マルウェアに対する保護
    title_en: Protection against malware
    summary: マルウェア対策ソフトウェアの導入と適切な管理により、ランサムウェアの侵入を防止する。
    summary_en: Prevent ransomware from getting in by installing anti-malware software and managing it properly.
    procedures:
      - id: 11-1
        text: 全デバイスに最新のマルウェア対策ソフトを導入。
        text_en: Install up-to-date anti-malware software on every device.
      - id: 11-2
        text: 社内ネットワークに入るすべてのファイルをスキャン。
        text_en: Scan every file that enters the company network.
      - id: 11-3
        text: 定期的なマルウェア検知テストを実施し、対策の有効性を確認。
        text_en: Run regular malware detection tests to confirm that the protection works.
  - no: 12
    category: technological
    iso: "8.8"
    title: 技術的脆弱性の管理
    title_en: Management of technical vulnerabilities
    summary: システムやアプリケーションの脆弱性を定期的に評価し、適切なパッチを適用することで、ランサムウェアの侵入経路を遮断する。
    summary_en: Assess the vulnerabilities of systems and applications regularly and apply the right patches, to close the routes by which ransomware gets in.
    procedures:
      - id: 12-1
        text: 最新の脆弱性情報を常に取得し、影響を受けるシステムをリスト化。
        text_en: Keep obtaining the latest vulnerability information and list the systems it affects.
      - id: 12-2
        text: 定期的なパッチ適用スケジュールを策定し、迅速に実施。
        text_en: Set a regular patching schedule and apply patches promptly.
      - id: 12-3
        text: 自社のシステムに対する脆弱性スキャンを定期的実施。
        text_en: Scan the company's own systems for vulnerabilities regularly.
  - no: 13
    category: technological
    iso: "8.12"
    title: データ漏えいの防止
    title_en: Data leakage prevention
    summary: データ漏えいを防ぐためのシステムを導入し、機密情報が不正に外部へ流出することを防止する。
    summary_en: Put in place systems that prevent data leakage, so that confidential information does not flow out of the organization without authorization.
    procedures:
      - id: 13-1
        text: 機密データに対するアクセス制限を設け、必要最小限の者のみアクセス許可。
        text_en: Restrict access to confidential data and allow it only to the fewest people necessary.
      - id: 13-2
        text: データの送受信時に暗号化を適用し、通信内容の漏えいを防ぐ。
        text_en: Encrypt data when sending and receiving it, so that what is communicated cannot leak.
      - id: 13-3
        text: DLP（データ漏えい防止）ソリューションを導入し、外部への不正なデータ流出を監視。
        text_en: Introduce a DLP (data loss prevention) solution and monitor unauthorized outflows of data.
  - no: 14
    category: technological
    iso: "8.13"
    title: 情報のバックアップ
    title_en: Information backup
    summary: 定期的なバックアップを取得し、データを安全な場所に保管しておくことで、ランサムウェアによるデータの暗号化に対応できる。
    summary_en: Take regular backups and keep the data in a safe place, so that data encrypted by ransomware can be recovered.
    procedures:
      - id: 14-1
        text: 重要データは定期的に自動バックアップを行い、別の場所に保存。
        text_en: Back up important data automatically and regularly, and store the backups in a separate place.
      - id: 14-2
        text: バックアップデータの復旧テストを定期的実施。
        text_en: Test restoring from the backup data regularly.
      - id: 14-3
        text: バックアップの暗号化を徹底し、不正アクセスを防止。
        text_en: Always encrypt backups to prevent unauthorized access.
  - no: 15
    category: technological
    iso: "8.16"
    title: 監視活動
    title_en: Monitoring activities
    summary: ネットワークやシステムの異常な動作を監視し、ランサムウェア感染の早期検出と対応を可能にする。
    summary_en: Monitor networks and systems for abnormal behavior, so that ransomware infections are detected early and dealt with.
    procedures:
      - id: 15-1
        text: ネットワークおよびシステムのリアルタイム監視を導入。
        text_en: Introduce real-time monitoring of networks and systems.
      - id: 15-2
        text: セキュリティイベントや異常行動の発生を通知するシステムを設定。
        text_en: Set up a system that gives notice of security events and abnormal behavior.
      - id: 15-3
        text: 監視ログを定期的にレビューし、異常検知の精度を向上。
        text_en: Review the monitoring logs regularly to detect anomalies more accurately.
  - no: 16
    category: technological
    iso: "8.20"
    title: ネットワークのセキュリティ
    title_en: Networks security
    summary: ネットワークのセグメンテーションとセキュリティ管理により、ランサムウェアの拡散を防ぐ。
    summary_en: Prevent ransomware from spreading through network segmentation and security management.
    procedures:
      - id: 16-1
        text: ファイアウォールや侵入検知システムを導入し、ネットワークトラフィックを監視。
        text_en: Install a firewall and an intrusion detection system, and monitor network traffic.
      - id: 16-2
        text: ネットワークに接続するすべてのデバイスを認証し、無断接続を禁止。
        text_en: Authenticate every device that connects to the network and forbid unauthorized connections.
      - id: 16-3
        text: ネットワークセグメンテーションを導入し、機密情報へのアクセスを分離。
        text_en: Introduce network segmentation to separate access to confidential information.
  - no: 17
    category: technological
    iso: "8.21"
    title: ネットワークサービスのセキュリティ
    title_en: Security of network services
    summary: ネットワークサービスにおけるセキュリティを強化し、通信やデータの安全性を確保する。
    summary_en: Strengthen the security of network services to keep communication and data safe.
    procedures:
      - id: 17-1
        text: 外部ネットワークサービスとの通信を暗号化し、第三者からの盗聴を防止。
        text_en: Encrypt communication with external network services to prevent eavesdropping by third parties.
      - id: 17-2
        text: サービス利用状況を定期的に監査し、不正なサービス利用を防ぐ。
        text_en: Audit the use of services regularly to prevent unauthorized use.
      - id: 17-3
        text: サービスプロバイダのセキュリティレベルを評価し、適切な契約を締結。
        text_en: Evaluate service providers' security level and conclude appropriate contracts.
  - no: 18
    category: technological
    iso: "8.22"
    title: ネットワークの分離
    title_en: Segregation of networks
    summary: ネットワークを分離して管理することで、攻撃が発生した場合にその影響範囲を限定し、セキュリティを高める。
    summary_en: Manage networks separately, so that an attack's impact is limited if one occurs, and security is improved.
    procedures:
      - id: 18-1
        text: 内部ネットワークを業務別に分離し、各セグメントごとにアクセス制御を実施。
        text_en: Separate the internal network by line of business and control access for each segment.
      - id: 18-2
        text: ネットワークトラフィックを監視し、異常な通信を早期に発見。
        text_en: Monitor network traffic to find abnormal communication early.
      - id: 18-3
        text: セキュリティの高いゾーンへのアクセスには多要素認証を導入。
        text_en: Require multi-factor authentication for access to high-security zones.
  - no: 19
    category: technological
    iso: "8.23"
    title: ウェブ・フィルタリング
    title_en: Web filtering
    summary: 不正なウェブサイトへのアクセスをフィルタリングし、マルウェアやフィッシング詐欺からシステムを保護する。
    summary_en: Filter access to malicious websites to protect systems from malware and phishing scams.
    procedures:
      - id: 19-1
        text: 業務に関係のないウェブサイトへのアクセスを制限。
        text_en: Restrict access to websites unrelated to work.
      - id: 19-2
        text: セキュリティリスクがあるコンテンツやサイトを自動ブロックするフィルタリングを設定。
        text_en: Set up filtering that automatically blocks risky content and sites.
      - id: 19-3
        text: フィルタリングポリシーを定期的に見直し、新たな脅威に対応。
        text_en: Review the filtering policy regularly to respond to new threats.
  - no: 20
    category: technological
    iso: "8.24"
    title: 暗号化の使用
    title_en: Use of cryptography
    summary: 機密データの暗号化を行い、ランサムウェアによるデータの悪用を防止する。
    summary_en: Encrypt confidential data to prevent ransomware from misusing it.
    procedures:
      - id: 20-1
        text: すべての重要データを暗号化し、無許可のアクセスを防止。
        text_en: Encrypt all important data to prevent access without permission.
      - id: 20-2
        text: 暗号鍵の管理プロセスを導入し、鍵の安全な保管と利用を確保。
        text_en: Introduce a process for managing cryptographic keys, so that keys are stored and used safely.
      - id: 20-3
        text: 暗号化ポリシーの適用範囲を定期的に見直し、新しい技術や要件に適合。
        text_en: Review the scope of the encryption policy regularly to keep up with new technologies and requirements.

"""#
}

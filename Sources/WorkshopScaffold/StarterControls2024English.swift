// Generated from Sources/WorkshopScaffold/Catalogues/en/controls-2024.yaml — do not edit by hand.
// `workshop init` writes this text into a new site, so the tool works without
// the repository. ScaffoldTests checks it equals the repository's file byte
// for byte; to regenerate after changing the catalogue, run
// `scripts/embed-catalogues.sh`.

extension StarterCatalogues {
    /// The text of `Sources/WorkshopScaffold/Catalogues/en/controls-2024.yaml`.
    static let controls2024English = #"""
id: ipa-top10-2024-controls
language: en
title: Risk-reducing controls and implementation procedures for the 10 major information security threats
title_ja: 情報セキュリティ10大脅威のリスク低減管理策と実施手順
controls:
  - no: 1
    category: organizational
    iso: "5.1"
    title: Policies for information security
    title_ja: 情報セキュリティのための方針群
    summary: Establish and implement an information security policy approved by top management and made known to all staff, so that the whole organization shares one security awareness and responds appropriately.
    summary_ja: 経営陣が承認し、全社員に周知される情報セキュリティ方針を策定・実施することで、組織全体のセキュリティ意識を統一し、適切な対応を促進する。
    procedures:
      - id: 1-1
        text: Draw up an information security policy together with top management and make it known throughout the company.
        text_ja: 経営陣と協力して情報セキュリティ方針を策定し、全社に周知。
      - id: 1-2
        text: Review the policy regularly to keep up with the latest threats.
        text_ja: 方針を定期的にレビューし、最新の脅威に対応。
      - id: 1-3
        text: Hold security training for all staff based on the policy.
        text_ja: 方針に基づき、全社員向けのセキュリティ研修を実施。
  - no: 2
    category: organizational
    iso: "5.7"
    title: Threat intelligence
    title_ja: 脅威インテリジェンス
    summary: Collect and analyze information about threats to keep track of new ransomware techniques and trends, and take appropriate risk-reduction measures.
    summary_ja: 脅威に関する情報の収集と分析を通じて、ランサムウェアの新たな手法やトレンドを把握し、適切なリスク軽減策を講じる。
    procedures:
      - id: 2-1
        text: Subscribe to a security information service to obtain threat intelligence.
        text_ja: セキュリティ情報提供サービスを契約し、脅威インテリジェンスを取得。
      - id: 2-2
        text: Analyze the information obtained and draw up countermeasures suited to the organization's risks.
        text_ja: 取得した情報を分析し、組織のリスクに応じた対応策を策定。
      - id: 2-3
        text: Update the threat intelligence regularly and use it to improve the countermeasures.
        text_ja: 定期的に脅威インテリジェンスを更新し、対応策の改善に活用。
  - no: 3
    category: organizational
    iso: "5.19"
    title: Information security in supplier relationships
    title_ja: 供給者関係における情報セキュリティ
    summary: Manage information security risks in relationships with suppliers, and strengthen security measures for the products and services they provide.
    summary_ja: 供給者との関係において、情報セキュリティリスクを管理し、供給者が提供する製品やサービスに対するセキュリティ対策を強化する。
    procedures:
      - id: 3-1
        text: State security requirements clearly in contracts with suppliers.
        text_ja: 供給者との契約書にセキュリティ要求事項を明確に記載。
      - id: 3-2
        text: Audit suppliers' security measures regularly.
        text_ja: 供給者のセキュリティ対策状況を定期的に監査。
      - id: 3-3
        text: Assess the security risks of the whole supply chain and propose improvements.
        text_ja: サプライチェーン全体のセキュリティリスクを評価し、改善提案を実施。
  - no: 4
    category: organizational
    iso: "5.23"
    title: Information security for use of cloud services
    title_ja: クラウドサービス利用における情報セキュリティ
    summary: Set rules that ensure the confidentiality, integrity and availability of information when cloud services are used, and address the security risks.
    summary_ja: クラウドサービスの利用時に、情報の機密性、完全性、可用性を確保するための規則を定め、セキュリティリスクに対応する。
    procedures:
      - id: 4-1
        text: Check the cloud service provider's security standards and carry out a risk assessment.
        text_ja: クラウドサービス提供者のセキュリティ基準を確認し、リスク評価を実施。
      - id: 4-2
        text: Configure access control and encryption properly when using the cloud.
        text_ja: クラウド利用時のアクセス制御や暗号化設定を適切に実装。
      - id: 4-3
        text: Back up data in the cloud regularly and draw up a recovery plan.
        text_ja: クラウド上のデータバックアップを定期的に行い、リカバリプランを策定。
  - no: 5
    category: organizational
    iso: "5.24"
    title: Information security incident management planning and preparation
    title_ja: 情報セキュリティインシデント管理の計画および準備
    summary: Plan the response to security incidents, including ransomware attacks, and rehearse it in advance.
    summary_ja: ランサムウェア攻撃を含むセキュリティインシデントに対する対応手順を計画し、訓練しておく。
    procedures:
      - id: 5-1
        text: Document the security incident response procedure and make it known to all staff.
        text_ja: セキュリティインシデント対応手順を文書化し、全社員に周知。
      - id: 5-2
        text: Name who is in charge when an incident occurs, so that the response is quick.
        text_ja: インシデント発生時の責任者を明確にし、迅速な対応を促進。
      - id: 5-3
        text: Hold incident response drills regularly and confirm that they work.
        text_ja: インシデント対応訓練を定期的に行い、実効性を確認。
  - no: 6
    category: people
    iso: "6.3"
    title: Information security awareness, education and training
    title_ja: 情報セキュリティの意識向上、教育および訓練
    summary: Give personnel regular security education about ransomware and raise their awareness, so that they do not fall for tricks such as phishing emails.
    summary_ja: 要員に対して定期的なランサムウェアに関するセキュリティ教育を実施し、フィッシングメールなどの手口に引っかからないように意識を高める。
    procedures:
      - id: 6-1
        text: Hold annual security training for all staff.
        text_ja: 全社員向けに、年次セキュリティ研修を開催。
      - id: 6-2
        text: Introduce security awareness programs suited to each role.
        text_ja: 役割に応じたセキュリティ意識向上プログラムを導入。
      - id: 6-3
        text: Run regular phishing email drills and evaluate how staff respond.
        text_ja: 定期的なフィッシングメール対策訓練を実施し、社員の反応を評価。
  - no: 7
    category: people
    iso: "6.7"
    title: Remote working
    title_ja: リモートワーク
    summary: Take measures (a VPN, stronger authentication and so on) that protect information from ransomware in remote working environments too, and apply safe standards to work done away from the office.
    summary_ja: リモートワーク環境でもランサムウェアから情報を保護するための対策（VPNの利用、認証強化など）を行い、遠隔地での作業にも安全な基準を適用する。
    procedures:
      - id: 7-1
        text: Protect remote access with multi-factor authentication to prevent unauthorized access.
        text_ja: リモートアクセスを多要素認証で保護し、不正アクセスを防止。
      - id: 7-2
        text: Make data encryption mandatory on devices used for remote work.
        text_ja: リモート作業用デバイスにはデータ暗号化を必須化。
      - id: 7-3
        text: Check the security of remote working environments regularly.
        text_ja: リモートワーク環境のセキュリティチェックを定期的に行う。
  - no: 8
    category: physical
    iso: "7.1"
    title: Physical security perimeters
    title_ja: 物理的セキュリティ境界
    summary: Set physical security perimeters that prevent unauthorized physical access to information assets and damage to them, and so keep information secure.
    summary_ja: 物理的なセキュリティ境界を設け、情報資産への不正な物理的アクセスや損傷を防止し、情報セキュリティを確保する。
    procedures:
      - id: 8-1
        text: Clearly define the physical perimeter of the places where important information assets are kept (server rooms, offices).
        text_ja: 重要な情報資産が保管されている場所（サーバールームやオフィス）の物理的な境界を明確に設定。
      - id: 8-2
        text: Install security gates or an access card system to prevent unauthorized entry.
        text_ja: 不正アクセス防止のため、セキュリティゲートやアクセスカードシステムを導入。
      - id: 8-3
        text: Audit the security perimeters regularly to find weaknesses and fix them.
        text_ja: 定期的にセキュリティ境界の監査を実施し、脆弱性を特定して改善。
  - no: 9
    category: physical
    iso: "7.3"
    title: Securing offices, rooms and facilities
    title_ja: オフィス、部屋および施設のセキュリティ
    summary: Apply appropriate physical security measures to the offices and facilities where important information assets are kept, to prevent unauthorized access.
    summary_ja: 重要な情報資産が保管されているオフィスや施設に対して、適切な物理的セキュリティ対策を施し、不正アクセスを防ぐ。
    procedures:
      - id: 9-1
        text: Control entry to and exit from the offices and rooms where important information is kept, and keep the records.
        text_ja: 重要情報が保管されているオフィスや部屋に対して入退室管理を実施し、記録を保管。
      - id: 9-2
        text: Install security cameras and keep watch at all times.
        text_ja: セキュリティカメラを設置し、常時監視体制を整える。
      - id: 9-3
        text: Tighten the management of keys and access cards for offices and facilities to prevent their misuse.
        text_ja: オフィスや施設の鍵やアクセスカードの管理プロセスを厳格化し、不正利用を防止。
  - no: 10
    category: technological
    iso: "8.2"
    title: Privileged access rights
    title_ja: 特権的アクセス権
    summary: Assign and manage privileged access rights properly to prevent unauthorized access to systems and wrongdoing by insiders.
    summary_ja: 特権的なアクセス権の割り当てと管理を適切に行い、システムへの不正アクセスや内部不正を防止する。
    procedures:
      - id: 10-1
        text: Limit privileged access to the minimum necessary and keep administrator accounts separate.
        text_ja: 特権アクセスを必要最小限に制限し、管理者アカウントを分離。
      - id: 10-2
        text: Monitor the use of privileged access and review its logs regularly.
        text_ja: 特権アクセスの使用を監視し、ログを定期的にレビュー。
      - id: 10-3
        text: Send an automatic notice whenever privileged access is used, to spot abnormal use in real time.
        text_ja: 特権アクセスの利用を自動通知し、異常な使用をリアルタイムで把握。
  - no: 11
    category: technological
    iso: "8.7"
    title: Protection against malware
    title_ja: マルウェアに対する保護
    summary: Prevent ransomware from getting in by installing anti-malware software and managing it properly.
    summary_ja: マルウェア対策ソフトウェアの導入と適切な管理により、ランサムウェアの侵入を防止する。
    procedures:
      - id: 11-1
        text: Install up-to-date anti-malware software on every device.
        text_ja: 全デバイスに最新のマルウェア対策ソフトを導入。
      - id: 11-2
        text: Scan every file that enters the company network.
        text_ja: 社内ネットワークに入るすべてのファイルをスキャン。
      - id: 11-3
        text: Run regular malware detection tests to confirm that the protection works.
        text_ja: 定期的なマルウェア検知テストを実施し、対策の有効性を確認。
  - no: 12
    category: technological
    iso: "8.8"
    title: Management of technical vulnerabilities
    title_ja: 技術的脆弱性の管理
    summary: Assess the vulnerabilities of systems and applications regularly and apply the right patches, to close the routes by which ransomware gets in.
    summary_ja: システムやアプリケーションの脆弱性を定期的に評価し、適切なパッチを適用することで、ランサムウェアの侵入経路を遮断する。
    procedures:
      - id: 12-1
        text: Keep obtaining the latest vulnerability information and list the systems it affects.
        text_ja: 最新の脆弱性情報を常に取得し、影響を受けるシステムをリスト化。
      - id: 12-2
        text: Set a regular patching schedule and apply patches promptly.
        text_ja: 定期的なパッチ適用スケジュールを策定し、迅速に実施。
      - id: 12-3
        text: Scan the company's own systems for vulnerabilities regularly.
        text_ja: 自社のシステムに対する脆弱性スキャンを定期的実施。
  - no: 13
    category: technological
    iso: "8.12"
    title: Data leakage prevention
    title_ja: データ漏えいの防止
    summary: Put in place systems that prevent data leakage, so that confidential information does not flow out of the organization without authorization.
    summary_ja: データ漏えいを防ぐためのシステムを導入し、機密情報が不正に外部へ流出することを防止する。
    procedures:
      - id: 13-1
        text: Restrict access to confidential data and allow it only to the fewest people necessary.
        text_ja: 機密データに対するアクセス制限を設け、必要最小限の者のみアクセス許可。
      - id: 13-2
        text: Encrypt data when sending and receiving it, so that what is communicated cannot leak.
        text_ja: データの送受信時に暗号化を適用し、通信内容の漏えいを防ぐ。
      - id: 13-3
        text: Introduce a DLP (data loss prevention) solution and monitor unauthorized outflows of data.
        text_ja: DLP（データ漏えい防止）ソリューションを導入し、外部への不正なデータ流出を監視。
  - no: 14
    category: technological
    iso: "8.13"
    title: Information backup
    title_ja: 情報のバックアップ
    summary: Take regular backups and keep the data in a safe place, so that data encrypted by ransomware can be recovered.
    summary_ja: 定期的なバックアップを取得し、データを安全な場所に保管しておくことで、ランサムウェアによるデータの暗号化に対応できる。
    procedures:
      - id: 14-1
        text: Back up important data automatically and regularly, and store the backups in a separate place.
        text_ja: 重要データは定期的に自動バックアップを行い、別の場所に保存。
      - id: 14-2
        text: Test restoring from the backup data regularly.
        text_ja: バックアップデータの復旧テストを定期的実施。
      - id: 14-3
        text: Always encrypt backups to prevent unauthorized access.
        text_ja: バックアップの暗号化を徹底し、不正アクセスを防止。
  - no: 15
    category: technological
    iso: "8.16"
    title: Monitoring activities
    title_ja: 監視活動
    summary: Monitor networks and systems for abnormal behavior, so that ransomware infections are detected early and dealt with.
    summary_ja: ネットワークやシステムの異常な動作を監視し、ランサムウェア感染の早期検出と対応を可能にする。
    procedures:
      - id: 15-1
        text: Introduce real-time monitoring of networks and systems.
        text_ja: ネットワークおよびシステムのリアルタイム監視を導入。
      - id: 15-2
        text: Set up a system that gives notice of security events and abnormal behavior.
        text_ja: セキュリティイベントや異常行動の発生を通知するシステムを設定。
      - id: 15-3
        text: Review the monitoring logs regularly to detect anomalies more accurately.
        text_ja: 監視ログを定期的にレビューし、異常検知の精度を向上。
  - no: 16
    category: technological
    iso: "8.20"
    title: Networks security
    title_ja: ネットワークのセキュリティ
    summary: Prevent ransomware from spreading through network segmentation and security management.
    summary_ja: ネットワークのセグメンテーションとセキュリティ管理により、ランサムウェアの拡散を防ぐ。
    procedures:
      - id: 16-1
        text: Install a firewall and an intrusion detection system, and monitor network traffic.
        text_ja: ファイアウォールや侵入検知システムを導入し、ネットワークトラフィックを監視。
      - id: 16-2
        text: Authenticate every device that connects to the network and forbid unauthorized connections.
        text_ja: ネットワークに接続するすべてのデバイスを認証し、無断接続を禁止。
      - id: 16-3
        text: Introduce network segmentation to separate access to confidential information.
        text_ja: ネットワークセグメンテーションを導入し、機密情報へのアクセスを分離。
  - no: 17
    category: technological
    iso: "8.21"
    title: Security of network services
    title_ja: ネットワークサービスのセキュリティ
    summary: Strengthen the security of network services to keep communication and data safe.
    summary_ja: ネットワークサービスにおけるセキュリティを強化し、通信やデータの安全性を確保する。
    procedures:
      - id: 17-1
        text: Encrypt communication with external network services to prevent eavesdropping by third parties.
        text_ja: 外部ネットワークサービスとの通信を暗号化し、第三者からの盗聴を防止。
      - id: 17-2
        text: Audit the use of services regularly to prevent unauthorized use.
        text_ja: サービス利用状況を定期的に監査し、不正なサービス利用を防ぐ。
      - id: 17-3
        text: Evaluate service providers' security level and conclude appropriate contracts.
        text_ja: サービスプロバイダのセキュリティレベルを評価し、適切な契約を締結。
  - no: 18
    category: technological
    iso: "8.22"
    title: Segregation of networks
    title_ja: ネットワークの分離
    summary: Manage networks separately, so that an attack's impact is limited if one occurs, and security is improved.
    summary_ja: ネットワークを分離して管理することで、攻撃が発生した場合にその影響範囲を限定し、セキュリティを高める。
    procedures:
      - id: 18-1
        text: Separate the internal network by line of business and control access for each segment.
        text_ja: 内部ネットワークを業務別に分離し、各セグメントごとにアクセス制御を実施。
      - id: 18-2
        text: Monitor network traffic to find abnormal communication early.
        text_ja: ネットワークトラフィックを監視し、異常な通信を早期に発見。
      - id: 18-3
        text: Require multi-factor authentication for access to high-security zones.
        text_ja: セキュリティの高いゾーンへのアクセスには多要素認証を導入。
  - no: 19
    category: technological
    iso: "8.23"
    title: Web filtering
    title_ja: ウェブ・フィルタリング
    summary: Filter access to malicious websites to protect systems from malware and phishing scams.
    summary_ja: 不正なウェブサイトへのアクセスをフィルタリングし、マルウェアやフィッシング詐欺からシステムを保護する。
    procedures:
      - id: 19-1
        text: Restrict access to websites unrelated to work.
        text_ja: 業務に関係のないウェブサイトへのアクセスを制限。
      - id: 19-2
        text: Set up filtering that automatically blocks risky content and sites.
        text_ja: セキュリティリスクがあるコンテンツやサイトを自動ブロックするフィルタリングを設定。
      - id: 19-3
        text: Review the filtering policy regularly to respond to new threats.
        text_ja: フィルタリングポリシーを定期的に見直し、新たな脅威に対応。
  - no: 20
    category: technological
    iso: "8.24"
    title: Use of cryptography
    title_ja: 暗号化の使用
    summary: Encrypt confidential data to prevent ransomware from misusing it.
    summary_ja: 機密データの暗号化を行い、ランサムウェアによるデータの悪用を防止する。
    procedures:
      - id: 20-1
        text: Encrypt all important data to prevent access without permission.
        text_ja: すべての重要データを暗号化し、無許可のアクセスを防止。
      - id: 20-2
        text: Introduce a process for managing cryptographic keys, so that keys are stored and used safely.
        text_ja: 暗号鍵の管理プロセスを導入し、鍵の安全な保管と利用を確保。
      - id: 20-3
        text: Review the scope of the encryption policy regularly to keep up with new technologies and requirements.
        text_ja: 暗号化ポリシーの適用範囲を定期的に見直し、新しい技術や要件に適合。

"""#
}

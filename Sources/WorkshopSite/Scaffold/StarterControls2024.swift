// Generated from Content/catalogs/controls-2024.yaml — do not edit by hand.
// `workshop init` writes this text into a new site, so the tool works without
// the repository. ScaffoldTests checks it equals the repository's file byte
// for byte; to regenerate after changing the catalogue, run
// `scripts/embed-catalogues.sh`.

extension StarterCatalogues {
    /// The text of `catalogs/controls-2024.yaml`.
    static let controls2024 = #"""
id: ipa-top10-2024-controls
title: 情報セキュリティ10大脅威のリスク低減管理策と実施手順
controls:
  - no: 1
    category: organizational
    iso: "5.1"
    title: 情報セキュリティのための方針群
    summary: 経営陣が承認し、全社員に周知される情報セキュリティ方針を策定・実施することで、組織全体のセキュリティ意識を統一し、適切な対応を促進する。
    procedures:
      - id: 1-1
        text: 経営陣と協力して情報セキュリティ方針を策定し、全社に周知。
      - id: 1-2
        text: 方針を定期的にレビューし、最新の脅威に対応。
      - id: 1-3
        text: 方針に基づき、全社員向けのセキュリティ研修を実施。
  - no: 2
    category: organizational
    iso: "5.7"
    title: 脅威インテリジェンス
    summary: 脅威に関する情報の収集と分析を通じて、ランサムウェアの新たな手法やトレンドを把握し、適切なリスク軽減策を講じる。
    procedures:
      - id: 2-1
        text: セキュリティ情報提供サービスを契約し、脅威インテリジェンスを取得。
      - id: 2-2
        text: 取得した情報を分析し、組織のリスクに応じた対応策を策定。
      - id: 2-3
        text: 定期的に脅威インテリジェンスを更新し、対応策の改善に活用。
  - no: 3
    category: organizational
    iso: "5.19"
    title: 供給者関係における情報セキュリティ
    summary: 供給者との関係において、情報セキュリティリスクを管理し、供給者が提供する製品やサービスに対するセキュリティ対策を強化する。
    procedures:
      - id: 3-1
        text: 供給者との契約書にセキュリティ要求事項を明確に記載。
      - id: 3-2
        text: 供給者のセキュリティ対策状況を定期的に監査。
      - id: 3-3
        text: サプライチェーン全体のセキュリティリスクを評価し、改善提案を実施。
  - no: 4
    category: organizational
    iso: "5.23"
    title: クラウドサービス利用における情報セキュリティ
    summary: クラウドサービスの利用時に、情報の機密性、完全性、可用性を確保するための規則を定め、セキュリティリスクに対応する。
    procedures:
      - id: 4-1
        text: クラウドサービス提供者のセキュリティ基準を確認し、リスク評価を実施。
      - id: 4-2
        text: クラウド利用時のアクセス制御や暗号化設定を適切に実装。
      - id: 4-3
        text: クラウド上のデータバックアップを定期的に行い、リカバリプランを策定。
  - no: 5
    category: organizational
    iso: "5.24"
    title: 情報セキュリティインシデント管理の計画および準備
    summary: ランサムウェア攻撃を含むセキュリティインシデントに対する対応手順を計画し、訓練しておく。
    procedures:
      - id: 5-1
        text: セキュリティインシデント対応手順を文書化し、全社員に周知。
      - id: 5-2
        text: インシデント発生時の責任者を明確にし、迅速な対応を促進。
      - id: 5-3
        text: インシデント対応訓練を定期的に行い、実効性を確認。
  - no: 6
    category: people
    iso: "6.3"
    title: 情報セキュリティの意識向上、教育および訓練
    summary: 要員に対して定期的なランサムウェアに関するセキュリティ教育を実施し、フィッシングメールなどの手口に引っかからないように意識を高める。
    procedures:
      - id: 6-1
        text: 全社員向けに、年次セキュリティ研修を開催。
      - id: 6-2
        text: 役割に応じたセキュリティ意識向上プログラムを導入。
      - id: 6-3
        text: 定期的なフィッシングメール対策訓練を実施し、社員の反応を評価。
  - no: 7
    category: people
    iso: "6.7"
    title: リモートワーク
    summary: リモートワーク環境でもランサムウェアから情報を保護するための対策（VPNの利用、認証強化など）を行い、遠隔地での作業にも安全な基準を適用する。
    procedures:
      - id: 7-1
        text: リモートアクセスを多要素認証で保護し、不正アクセスを防止。
      - id: 7-2
        text: リモート作業用デバイスにはデータ暗号化を必須化。
      - id: 7-3
        text: リモートワーク環境のセキュリティチェックを定期的に行う。
  - no: 8
    category: physical
    iso: "7.1"
    title: 物理的セキュリティ境界
    summary: 物理的なセキュリティ境界を設け、情報資産への不正な物理的アクセスや損傷を防止し、情報セキュリティを確保する。
    procedures:
      - id: 8-1
        text: 重要な情報資産が保管されている場所（サーバールームやオフィス）の物理的な境界を明確に設定。
      - id: 8-2
        text: 不正アクセス防止のため、セキュリティゲートやアクセスカードシステムを導入。
      - id: 8-3
        text: 定期的にセキュリティ境界の監査を実施し、脆弱性を特定して改善。
  - no: 9
    category: physical
    iso: "7.3"
    title: オフィス、部屋および施設のセキュリティ
    summary: 重要な情報資産が保管されているオフィスや施設に対して、適切な物理的セキュリティ対策を施し、不正アクセスを防ぐ。
    procedures:
      - id: 9-1
        text: 重要情報が保管されているオフィスや部屋に対して入退室管理を実施し、記録を保管。
      - id: 9-2
        text: セキュリティカメラを設置し、常時監視体制を整える。
      - id: 9-3
        text: オフィスや施設の鍵やアクセスカードの管理プロセスを厳格化し、不正利用を防止。
  - no: 10
    category: technological
    iso: "8.2"
    title: 特権的アクセス権
    summary: 特権的なアクセス権の割り当てと管理を適切に行い、システムへの不正アクセスや内部不正を防止する。
    procedures:
      - id: 10-1
        text: 特権アクセスを必要最小限に制限し、管理者アカウントを分離。
      - id: 10-2
        text: 特権アクセスの使用を監視し、ログを定期的にレビュー。
      - id: 10-3
        text: 特権アクセスの利用を自動通知し、異常な使用をリアルタイムで把握。
  - no: 11
    category: technological
    iso: "8.7"
    title: マルウェアに対する保護
    summary: マルウェア対策ソフトウェアの導入と適切な管理により、ランサムウェアの侵入を防止する。
    procedures:
      - id: 11-1
        text: 全デバイスに最新のマルウェア対策ソフトを導入。
      - id: 11-2
        text: 社内ネットワークに入るすべてのファイルをスキャン。
      - id: 11-3
        text: 定期的なマルウェア検知テストを実施し、対策の有効性を確認。
  - no: 12
    category: technological
    iso: "8.8"
    title: 技術的脆弱性の管理
    summary: システムやアプリケーションの脆弱性を定期的に評価し、適切なパッチを適用することで、ランサムウェアの侵入経路を遮断する。
    procedures:
      - id: 12-1
        text: 最新の脆弱性情報を常に取得し、影響を受けるシステムをリスト化。
      - id: 12-2
        text: 定期的なパッチ適用スケジュールを策定し、迅速に実施。
      - id: 12-3
        text: 自社のシステムに対する脆弱性スキャンを定期的実施。
  - no: 13
    category: technological
    iso: "8.12"
    title: データ漏えいの防止
    summary: データ漏えいを防ぐためのシステムを導入し、機密情報が不正に外部へ流出することを防止する。
    procedures:
      - id: 13-1
        text: 機密データに対するアクセス制限を設け、必要最小限の者のみアクセス許可。
      - id: 13-2
        text: データの送受信時に暗号化を適用し、通信内容の漏えいを防ぐ。
      - id: 13-3
        text: DLP（データ漏えい防止）ソリューションを導入し、外部への不正なデータ流出を監視。
  - no: 14
    category: technological
    iso: "8.13"
    title: 情報のバックアップ
    summary: 定期的なバックアップを取得し、データを安全な場所に保管しておくことで、ランサムウェアによるデータの暗号化に対応できる。
    procedures:
      - id: 14-1
        text: 重要データは定期的に自動バックアップを行い、別の場所に保存。
      - id: 14-2
        text: バックアップデータの復旧テストを定期的実施。
      - id: 14-3
        text: バックアップの暗号化を徹底し、不正アクセスを防止。
  - no: 15
    category: technological
    iso: "8.16"
    title: 監視活動
    summary: ネットワークやシステムの異常な動作を監視し、ランサムウェア感染の早期検出と対応を可能にする。
    procedures:
      - id: 15-1
        text: ネットワークおよびシステムのリアルタイム監視を導入。
      - id: 15-2
        text: セキュリティイベントや異常行動の発生を通知するシステムを設定。
      - id: 15-3
        text: 監視ログを定期的にレビューし、異常検知の精度を向上。
  - no: 16
    category: technological
    iso: "8.20"
    title: ネットワークのセキュリティ
    summary: ネットワークのセグメンテーションとセキュリティ管理により、ランサムウェアの拡散を防ぐ。
    procedures:
      - id: 16-1
        text: ファイアウォールや侵入検知システムを導入し、ネットワークトラフィックを監視。
      - id: 16-2
        text: ネットワークに接続するすべてのデバイスを認証し、無断接続を禁止。
      - id: 16-3
        text: ネットワークセグメンテーションを導入し、機密情報へのアクセスを分離。
  - no: 17
    category: technological
    iso: "8.21"
    title: ネットワークサービスのセキュリティ
    summary: ネットワークサービスにおけるセキュリティを強化し、通信やデータの安全性を確保する。
    procedures:
      - id: 17-1
        text: 外部ネットワークサービスとの通信を暗号化し、第三者からの盗聴を防止。
      - id: 17-2
        text: サービス利用状況を定期的に監査し、不正なサービス利用を防ぐ。
      - id: 17-3
        text: サービスプロバイダのセキュリティレベルを評価し、適切な契約を締結。
  - no: 18
    category: technological
    iso: "8.22"
    title: ネットワークの分離
    summary: ネットワークを分離して管理することで、攻撃が発生した場合にその影響範囲を限定し、セキュリティを高める。
    procedures:
      - id: 18-1
        text: 内部ネットワークを業務別に分離し、各セグメントごとにアクセス制御を実施。
      - id: 18-2
        text: ネットワークトラフィックを監視し、異常な通信を早期に発見。
      - id: 18-3
        text: セキュリティの高いゾーンへのアクセスには多要素認証を導入。
  - no: 19
    category: technological
    iso: "8.23"
    title: ウェブ・フィルタリング
    summary: 不正なウェブサイトへのアクセスをフィルタリングし、マルウェアやフィッシング詐欺からシステムを保護する。
    procedures:
      - id: 19-1
        text: 業務に関係のないウェブサイトへのアクセスを制限。
      - id: 19-2
        text: セキュリティリスクがあるコンテンツやサイトを自動ブロックするフィルタリングを設定。
      - id: 19-3
        text: フィルタリングポリシーを定期的に見直し、新たな脅威に対応。
  - no: 20
    category: technological
    iso: "8.24"
    title: 暗号化の使用
    summary: 機密データの暗号化を行い、ランサムウェアによるデータの悪用を防止する。
    procedures:
      - id: 20-1
        text: すべての重要データを暗号化し、無許可のアクセスを防止。
      - id: 20-2
        text: 暗号鍵の管理プロセスを導入し、鍵の安全な保管と利用を確保。
      - id: 20-3
        text: 暗号化ポリシーの適用範囲を定期的に見直し、新しい技術や要件に適合。

"""#
}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@cabinet/api/audit';
import { IdentityModule } from '@cabinet/api/identity';
import { InputThrottle } from '@cabinet/api/peer-input';
import { AccountabilityController } from './accountability.controller';
import { AddMilestoneUseCase } from './add-milestone/add-milestone.use-case';
import { AdoptRecommendationUseCase } from './adopt-recommendation/adopt-recommendation.use-case';
import { AgencyResponsesController } from './agency-responses.controller';
import { AnswerInfoRequestUseCase } from './answer-info-request/answer-info-request.use-case';
import { AttachEvidenceUseCase } from './attach-evidence/attach-evidence.use-case';
import { CompleteMilestoneUseCase } from './complete-milestone/complete-milestone.use-case';
import { DownloadEvidenceUseCase } from './download-evidence/download-evidence.use-case';
import { DraftRecommendationUseCase } from './draft-recommendation/draft-recommendation.use-case';
import { EditRecommendationUseCase } from './edit-recommendation/edit-recommendation.use-case';
import { RECOMMENDATION_ENTITIES } from './entities';
import { EvidenceController } from './evidence.controller';
import { GetAccountabilityMeasuresUseCase } from './get-accountability-measures/get-accountability-measures.use-case';
import { GetRecommendationUseCase } from './get-recommendation/get-recommendation.use-case';
import { ListBoardRecommendationsUseCase } from './list-board-recommendations/list-board-recommendations.use-case';
import { ListLiaisonInboxUseCase } from './list-liaison-inbox/list-liaison-inbox.use-case';
import { ListLiaisonOptionsUseCase } from './list-liaison-options/list-liaison-options.use-case';
import { ListPublicRecommendationsUseCase } from './list-public-recommendations/list-public-recommendations.use-case';
import { PostProgressUseCase } from './post-progress/post-progress.use-case';
import { PublicOutcomesController } from './public-outcomes.controller';
import { PublishRecommendationUseCase } from './publish-recommendation/publish-recommendation.use-case';
import { ReadClaimOutcomeUseCase } from './read-claim-outcome/read-claim-outcome.use-case';
import { RecommendationSettingsController } from './recommendation-settings.controller';
import { RecommendationsController } from './recommendations.controller';
import { RecordReviewUseCase } from './record-review/record-review.use-case';
import { RemoveEvidenceUseCase } from './remove-evidence/remove-evidence.use-case';
import { ReportImplementedUseCase } from './report-implemented/report-implemented.use-case';
import { RespondToRecommendationUseCase } from './respond-to-recommendation/respond-to-recommendation.use-case';
import { SendRecommendationUseCase } from './send-recommendation/send-recommendation.use-case';
import { RecommendationSettingsUseCases } from './settings/recommendation-settings.use-cases';
import { RecordStep } from './timeline/record-step';

/** A board's recommendations, the agency's answers, the implementation plan and the board's reviews. */
@Module({
  imports: [TypeOrmModule.forFeature(RECOMMENDATION_ENTITIES), IdentityModule, AuditModule],
  controllers: [RecommendationsController, AgencyResponsesController, RecommendationSettingsController, EvidenceController, PublicOutcomesController, AccountabilityController],
  providers: [
    RecordStep,
    DraftRecommendationUseCase,
    EditRecommendationUseCase,
    AdoptRecommendationUseCase,
    SendRecommendationUseCase,
    RespondToRecommendationUseCase,
    AnswerInfoRequestUseCase,
    AddMilestoneUseCase,
    CompleteMilestoneUseCase,
    PostProgressUseCase,
    AttachEvidenceUseCase,
    DownloadEvidenceUseCase,
    RemoveEvidenceUseCase,
    ReportImplementedUseCase,
    RecordReviewUseCase,
    GetRecommendationUseCase,
    ListBoardRecommendationsUseCase,
    ListLiaisonInboxUseCase,
    ListLiaisonOptionsUseCase,
    RecommendationSettingsUseCases,
    GetAccountabilityMeasuresUseCase,
    PublishRecommendationUseCase,
    ListPublicRecommendationsUseCase,
    ReadClaimOutcomeUseCase,
    // Its counts live in Redis, so claim-code lookups here and in peer input share one limit.
    InputThrottle,
  ],
})
export class RecommendationsModule {}

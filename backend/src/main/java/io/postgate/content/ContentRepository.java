package io.postgate.content;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface ContentRepository extends JpaRepository<ContentItem, String> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from ContentItem c where c.id = :id")
	Optional<ContentItem> lockById(@Param("id") String id);

	@Query("""
			select distinct c from ContentItem c left join c.platforms p
			where (:status is null or c.status = :status)
			  and (:owner is null or c.owner = :owner)
			  and (:platform is null or p = :platform)
			  and (c.owner = :viewer or c.planner = :viewer
			       or (:canReadSubmitted = true and c.status <> io.postgate.content.ContentStatus.DRAFT))
			order by c.updatedAt desc, c.id
			""")
	Page<ContentItem> search(@Param("status") ContentStatus status, @Param("owner") String owner, @Param("platform") Platform platform,
			@Param("canReadSubmitted") boolean canReadSubmitted, @Param("viewer") String viewer, Pageable pageable);

	@Query("""
			select distinct c from ContentItem c left join c.platforms p
			where c.targetPublishAt >= :from and c.targetPublishAt < :to and (:platform is null or p = :platform)
			order by c.targetPublishAt
			""")
	List<ContentItem> scheduledBetween(@Param("from") Instant from, @Param("to") Instant to, @Param("platform") Platform platform);

	@Query("""
			select distinct c from ContentItem c left join c.platforms p
			where c.status in :statuses and (:platform is null or p = :platform)
			order by c.targetPublishAt, c.id
			""")
	List<ContentItem> inStatus(@Param("statuses") Collection<ContentStatus> statuses, @Param("platform") Platform platform);

	List<ContentItem> findByIdIn(Collection<String> ids);
}

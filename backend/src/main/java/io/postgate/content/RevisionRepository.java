package io.postgate.content;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface RevisionRepository extends JpaRepository<RevisionEntity, RevisionEntity.Key> {

	List<RevisionEntity> findByContentIdOrderByNumber(String contentId);

	Optional<RevisionEntity> findByContentIdAndNumber(String contentId, int number);
}
